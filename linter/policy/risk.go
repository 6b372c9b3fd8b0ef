package policy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

// The risk classes of cloudsplaining, judged on all of an identity's
// policies together. An action counts when the identity may use it on every
// resource of its kind (see Identity.Unconstrained).
var (
	// DataExfiltrationActions read data or secrets.
	DataExfiltrationActions = []string{
		"s3:GetObject", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "secretsmanager:GetSecretValue",
	}
	// CredentialsExposureActions return credentials in their response.
	// cloudsplaining's list without ecr:GetAuthorizationToken,
	// ecr-public:GetAuthorizationToken and sts:GetSessionToken: they take
	// no resource (every ECR pull role needs them on "*") and their tokens
	// carry only the caller's own permissions.
	CredentialsExposureActions = []string{
		"airflow:CreateCliToken", "airflow:CreateWebLoginToken", "appsync:CreateApiKey", "chime:CreateApiKey",
		"cloud9:CreateEnvironmentToken", "codeartifact:GetAuthorizationToken", "codepipeline:PollForJobs",
		"cognito-identity:GetOpenIdToken", "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
		"cognito-identity:GetCredentialsForIdentity", "connect:GetFederationToken", "ec2:GetPasswordData",
		"emr-containers:GetManagedEndpointSessionCredentials",
		"gamelift:GetInstanceAccess", "gamelift:GetComputeAccess", "gamelift:GetComputeAuthToken", "gamelift:RequestUploadCredentials",
		"grafana:CreateWorkspaceApiKey", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateServiceSpecificCredential",
		"iam:ResetServiceSpecificCredential", "iam:UpdateAccessKey", "lightsail:GetInstanceAccessDetails",
		"lightsail:DownloadDefaultKeyPair", "lightsail:CreateBucketAccessKey", "lightsail:GetRelationalDatabaseMasterUserPassword",
		"rds-db:Connect", "redshift:GetClusterCredentials", "redshift:GetClusterCredentialsWithIAM", "redshift-serverless:GetCredentials",
		"sso:GetRoleCredentials", "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity",
		"sts:GetFederationToken",
	}
	// PermissionsManagementActions change who may access what: IAM
	// permissions and the resource policies, ACLs and sharing settings of
	// the services that hold data. It is the "Permissions management"
	// access level of the AWS service authorization reference for those
	// services, not of every service.
	PermissionsManagementActions = []string{
		"iam:AddUserToGroup", "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:AttachUserPolicy",
		"iam:CreatePolicy", "iam:CreatePolicyVersion", "iam:DeleteGroupPolicy", "iam:DeletePolicy", "iam:DeletePolicyVersion",
		"iam:DeleteRolePermissionsBoundary", "iam:DeleteRolePolicy", "iam:DeleteUserPermissionsBoundary", "iam:DeleteUserPolicy",
		"iam:DetachGroupPolicy", "iam:DetachRolePolicy", "iam:DetachUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePermissionsBoundary",
		"iam:PutRolePolicy", "iam:PutUserPermissionsBoundary", "iam:PutUserPolicy", "iam:RemoveUserFromGroup",
		"iam:SetDefaultPolicyVersion", "iam:UpdateAssumeRolePolicy",
		"s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutObjectAcl", "s3:PutObjectVersionAcl",
		"s3:PutBucketPublicAccessBlock", "s3:PutAccountPublicAccessBlock", "s3:PutBucketOwnershipControls",
		"s3:PutAccessPointPolicy", "s3:PutMultiRegionAccessPointPolicy",
		"kms:PutKeyPolicy", "kms:CreateGrant", "sqs:AddPermission", "sns:AddPermission", "sns:SetTopicAttributes",
		"lambda:AddPermission", "lambda:AddLayerVersionPermission", "ecr:SetRepositoryPolicy", "ecr-public:SetRepositoryPolicy",
		"secretsmanager:PutResourcePolicy", "glacier:SetVaultAccessPolicy", "elasticfilesystem:PutFileSystemPolicy",
		"backup:PutBackupVaultAccessPolicy", "logs:PutResourcePolicy", "events:PutPermission", "apigateway:UpdateRestApiPolicy",
		"ec2:ModifySnapshotAttribute", "ec2:ModifyImageAttribute", "rds:ModifyDBSnapshotAttribute",
		"rds:ModifyDBClusterSnapshotAttribute", "ram:CreateResourceShare", "ram:AssociateResourceShare",
		"ssm:ModifyDocumentPermission", "glue:PutResourcePolicy", "dynamodb:PutResourcePolicy", "kinesis:PutResourcePolicy",
	}
	// auditTrailErasers stop or remove the CloudTrail audit trail.
	auditTrailErasers = []string{"cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors"}
	// kmsAdminActions administer KMS keys; kmsUseActions use them on data.
	kmsAdminActions = []string{"kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:DisableKeyRotation", "kms:DeleteImportedKeyMaterial"}
	kmsUseActions   = []string{"kms:Decrypt", "kms:ReEncryptFrom", "kms:Encrypt", "kms:GenerateDataKey"}
)

// standalone judges one document as if it were an identity's only policy.
func standalone(d *Document) *Identity {
	po := &Policy{Label: "this policy", Source: Source{Doc: d}}
	return &Identity{Kind: "policy", Policies: []*Policy{po}, own: []*Policy{po}}
}

// identityIssue is an Issue about an identity as a whole.
func (pr *Identity) identityIssue(check, sev, msg string) Issue {
	return Issue{Check: check, Severity: sev, Statement: -1, Message: pr.Label() + " " + msg}
}

// PrivescIssues reports the privilege-escalation paths the identity's
// policies complete together, in one issue: each path with the actions that
// complete it, the policies that grant them and where the path is
// documented. An identity with full administrator access gets that one
// finding instead. When only values known after apply could complete a path,
// the issue is Undecided and names them.
func (pr *Identity) PrivescIssues() []Issue {
	if admin := pr.Admin(); len(admin) > 0 {
		if pr.groupHas(func(g *Identity) bool { return len(g.Admin()) > 0 }) {
			return nil
		}
		has, why := "has", "it can already do anything, raise any principal's privileges and erase its own tracks"
		// A boundary limits whatever the policies allow; one srmlint cannot
		// read may cap the role at read-only.
		unread := pr.Boundary != nil && !pr.Boundary.Analysed()
		if unread {
			has, why = "may have", "its permissions boundary "+pr.Boundary.Label+" is not defined in this plan and not one srmlint embeds, so how far it limits that cannot be decided"
		}
		is := pr.identityIssue(CheckPrivesc, "high", fmt.Sprintf(`%s full administrator access ("*" on "*" through %s): %s. Keep administrator access to a few break-glass roles that require MFA, and grant workloads only the actions they use.`, has, policyNames(admin), why))
		is.Undecided = unread
		return []Issue{is}
	}
	byGroup := map[string]bool{}
	for _, g := range pr.Groups {
		for _, p := range g.Privesc() {
			byGroup[p.ID] = byGroup[p.ID] || p.Level == Granted
		}
	}
	var done, maybe []Path
	for _, p := range pr.Privesc() {
		switch {
		case byGroup[p.ID]:
		case p.Level == Granted:
			done = append(done, p)
		default:
			maybe = append(maybe, p)
		}
	}
	switch {
	case len(done) > 0:
		is := pr.identityIssue(CheckPrivesc, "high", pathsMessage(done)+pr.notAnalysedNote())
		// a boundary srmlint cannot read may stop every path
		is.Undecided = pr.Boundary != nil && !pr.Boundary.Analysed()
		return []Issue{is}
	case len(maybe) > 0 && pr.ownUnknown():
		is := pr.identityIssue(CheckPrivesc, "high", fmt.Sprintf("may be able to raise its own privileges: %s, so whether its policies complete a privilege-escalation path (%s) cannot be decided at plan time. Build the policies with aws_iam_policy_document from values known at plan time, so that srmlint can read them.", strings.Join(pr.Unknowns(), "; "), undecidedPaths(maybe)))
		is.Undecided = true
		return []Issue{is}
	}
	return nil
}

// undecidedPaths names the paths that values known after apply may
// complete, briefly.
func undecidedPaths(paths []Path) string {
	const shown = 5
	switch {
	case len(paths) == len(catalog.PrivescPaths()):
		return "any of them"
	case len(paths) > shown:
		ids := make([]string, shown)
		for i, p := range paths[:shown] {
			ids[i] = p.ID
		}
		return fmt.Sprintf("such as %s and %d more", strings.Join(ids, ", "), len(paths)-shown)
	}
	ids := make([]string, len(paths))
	for i, p := range paths {
		ids[i] = p.ID
	}
	return "such as " + strings.Join(ids, ", ")
}

// pathsMessage describes completed paths: the actions that complete each,
// the policies that grant them and where the path is documented.
func pathsMessage(paths []Path) string {
	parts := make([]string, len(paths))
	for i, p := range paths {
		acts := make([]string, len(p.Grants))
		for j, g := range p.Grants {
			acts[j] = g.Action + " from " + g.Sources()
		}
		ref := p.URL
		if ref == "" {
			ref = p.Sources
		}
		parts[i] = fmt.Sprintf("%s %q: %s; see %s", p.ID, p.Name, strings.Join(acts, ", "), ref)
	}
	noun := "path"
	if len(paths) > 1 {
		noun = "paths"
	}
	return fmt.Sprintf("can raise its own privileges: its policies together complete %d privilege-escalation %s [%s]. Remove these actions, or restrict them to specific resources (for iam:PassRole, the roles it must pass: an iam:PassedToService condition naming the service of the path does not close it).", len(paths), noun, strings.Join(parts, "] ["))
}

// groupHas reports whether one of a user's groups has, on its own, what has
// finds: the group's finding covers the user then.
func (pr *Identity) groupHas(has func(*Identity) bool) bool {
	for _, g := range pr.Groups {
		if has(g) {
			return true
		}
	}
	return false
}

// ownUnknown reports whether some policy known only after apply is the
// identity's own (or its boundary), not one that its groups report.
func (pr *Identity) ownUnknown() bool {
	for _, po := range pr.Policies {
		if po.Group == nil && po.Source.Unknown != "" {
			return true
		}
	}
	return pr.Boundary != nil && pr.Boundary.Source.Unknown != ""
}

// notAnalysedNote mentions the identity's policies whose content srmlint
// cannot see, which may grant or deny more.
func (pr *Identity) notAnalysedNote() string {
	if na := pr.notAnalysed(); len(na) > 0 {
		return " Not analysed (not defined in this plan): " + strings.Join(na, ", ") + "."
	}
	return ""
}

func policyNames(pols []*Policy) string {
	names := make([]string, len(pols))
	for i, po := range pols {
		names[i] = po.name()
	}
	return strings.Join(names, ", ")
}

// classIssue reports the actions of one risk class that the identity may
// use on every resource; full administrators are left to PrivescIssues.
func (pr *Identity) classIssue(check, sev string, actions []string, what, fix string) []Issue {
	if len(pr.Admin()) > 0 {
		return nil
	}
	var gs []Access
	for _, g := range pr.granted(actions) {
		if !pr.groupHas(func(gr *Identity) bool { return gr.Unconstrained(g.Action).Level == Granted }) {
			gs = append(gs, g)
		}
	}
	if len(gs) == 0 {
		return nil
	}
	return []Issue{pr.identityIssue(check, sev, fmt.Sprintf("may use %s on every resource, with no resource constraint or condition: %s. %s", accessList(gs), what, fix)+pr.notAnalysedNote())}
}

// accessList names granted actions with their policies, the first few of
// a long list.
func accessList(gs []Access) string {
	const shown = 8
	var parts []string
	for i, g := range gs {
		if i == shown {
			parts = append(parts, fmt.Sprintf("and %d more", len(gs)-shown))
			break
		}
		parts = append(parts, g.Action+" ("+g.Sources()+")")
	}
	return strings.Join(parts, ", ")
}

// DataExfiltration reports unconstrained reads of objects, parameters and
// secrets (cloudsplaining DataExfiltration).
func (pr *Identity) DataExfiltration() []Issue {
	return pr.classIssue(CheckDataExfiltration, "medium", DataExfiltrationActions,
		"it can read every object, parameter or secret the account's resource policies do not lock away, a common path for data leaks",
		"Restrict Resource to the buckets, parameter paths and secrets it needs.")
}

// CredentialsExposure reports unconstrained actions that return credentials
// (cloudsplaining CredentialsExposure).
func (pr *Identity) CredentialsExposure() []Issue {
	return pr.classIssue(CheckCredentials, "high", CredentialsExposureActions,
		"these calls return credentials (access keys, passwords, tokens, role sessions) for other users, roles or services",
		"Restrict Resource to the users, roles or resources it must obtain credentials for.")
}

// ResourceExposure reports unconstrained permissions-management actions
// (cloudsplaining ResourceExposure).
func (pr *Identity) ResourceExposure() []Issue {
	return pr.classIssue(CheckResourceExposure, "high", PermissionsManagementActions,
		"it can change IAM permissions or resource policies, ACLs and sharing settings, and so open any of those resources to itself or to the public",
		"Restrict Resource to the resources it manages, or move these permissions to an administrator role.")
}

// AuditTrailDuty reports an identity that can both stop or delete the
// CloudTrail audit trail and change permissions (separation of duties:
// whoever can act should not be able to erase the record of acting).
func (pr *Identity) AuditTrailDuty() []Issue {
	if len(pr.Admin()) > 0 {
		return nil
	}
	erase, change := pr.granted(auditTrailErasers), pr.granted(PermissionsManagementActions)
	if len(erase) == 0 || len(change) == 0 || pr.groupHas(func(g *Identity) bool { return len(g.AuditTrailDuty()) > 0 }) {
		return nil
	}
	return []Issue{pr.identityIssue(CheckAuditTrailDuty, "high", fmt.Sprintf("can both change permissions (%s) and stop or alter the audit trail (%s): it could grant itself access and erase the record of doing so. Give trail administration to a separate security role, and deny cloudtrail:StopLogging, DeleteTrail, UpdateTrail and PutEventSelectors to everyone else.", accessList(change[:1]), accessList(erase)))}
}

// KMSDuty reports an identity that can both administer KMS keys (change
// their policy, disable or delete them) and use them to decrypt or encrypt,
// on the same keys (separation of duties for key management).
func (pr *Identity) KMSDuty() []Issue {
	if len(pr.Admin()) > 0 || pr.groupHas(func(g *Identity) bool { return len(g.KMSDuty()) > 0 }) {
		return nil
	}
	var admin, use []Located
	for _, a := range kmsAdminActions {
		admin = append(admin, pr.Allowing(a)...)
	}
	for _, a := range kmsUseActions {
		use = append(use, pr.Allowing(a)...)
	}
	for _, ad := range admin {
		for _, u := range use {
			if shared := sharedKey(ad.Statement, u.Statement); shared != "" {
				return []Issue{pr.identityIssue(CheckKMSDuty, "medium", fmt.Sprintf("can both administer and use the same KMS keys (%s): %s in %s %s, and %s in %s %s. One principal that can change a key's policy or schedule its deletion and also decrypt with it defeats key separation of duties. Give key administration and key use to different roles.",
					shared, strings.Join(ad.Statement.MatchingActions(kmsAdminActions...), ", "), ad.Policy.name(), "s"+StatementLabel(ad.Statement)[1:], strings.Join(u.Statement.MatchingActions(kmsUseActions...), ", "), u.Policy.name(), "s"+StatementLabel(u.Statement)[1:]))}
			}
		}
	}
	return nil
}

// sharedKey returns a resource pattern of a that may name a KMS key and
// overlaps one of b, or "" ("*" when either applies to every resource via
// NotResource).
func sharedKey(a, b *Statement) string {
	if a.NotResources != nil || b.NotResources != nil {
		return "*"
	}
	for _, x := range a.Resources {
		if !CanName(x, "kms:*") {
			continue
		}
		for _, y := range b.Resources {
			if x == y || Intersects(x, y) {
				return x
			}
		}
	}
	return ""
}

// mfaKeys are the condition keys a Deny uses to refuse requests made
// without multi-factor authentication.
var mfaKeys = lowerSet("aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge")

// RequiresMFA reports whether one of the identity's policies denies
// requests made without MFA: a Deny of every action (Action "*", or
// NotAction listing the self-service calls needed to set MFA up) on every
// resource, conditioned on aws:MultiFactorAuthPresent being false (Bool or
// BoolIfExists) or on an MFA key being absent (Null). A Deny of a few
// actions leaves the rest of the account open to a stolen password.
func (pr *Identity) RequiresMFA() bool {
	for _, po := range pr.Policies {
		if po.Source.Doc == nil {
			continue
		}
		for _, s := range po.Source.Doc.Statements {
			if s.Effect != Deny || len(s.Unknown) > 0 || !s.broadResourcesFor("*") || (s.NotActions == nil && !containsWildcardAll(s.Actions)) {
				continue
			}
			for _, c := range s.Conditions {
				k := strings.ToLower(c.Key)
				if mfaKeys[k] && ((strings.EqualFold(c.Base, "Bool") && slices.Contains(c.Values, "false")) || (strings.EqualFold(c.Base, "Null") && slices.Contains(c.Values, "true"))) {
					return true
				}
			}
		}
	}
	return false
}
