package policy

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Issue is a problem found in one policy document, or in the aggregated
// policies of one IAM identity. The srmlint IAM rules report these; the
// provider's iam_policy_findings function returns them for one document.
type Issue struct {
	Check     string // the srmlint rule ID that reports it
	Severity  string // critical, high, medium or low
	Statement int    // statement index, -1 for the whole document or identity
	Sid       string
	Message   string
	// Undecided is set when values known only after apply decide whether
	// the problem exists; Message names them.
	Undecided bool
}

// Issue checks, named after the rules that report them.
const (
	CheckAdmin             = "iam_policy_admin_access"
	CheckServiceWild       = "iam_policy_service_wildcard"
	CheckNotAction         = "iam_policy_allow_not_action"
	CheckNotResource       = "iam_policy_allow_not_resource"
	CheckPassRole          = "iam_policy_passrole_all_roles"
	CheckKMSDecrypt        = "kms_decrypt_all_keys"
	CheckPrivesc           = "iam_privilege_escalation"
	CheckDataExfiltration  = "iam_data_exfiltration"
	CheckCredentials       = "iam_credentials_exposure"
	CheckResourceExposure  = "iam_resource_exposure"
	CheckAuditTrailDuty    = "iam_separation_of_duties_audit"
	CheckKMSDuty           = "iam_separation_of_duties_kms"
	CheckTrustPublic       = "iam_role_trust_public"
	CheckTrustCrossAccount = "iam_role_trust_cross_account"
	CheckTrustOIDC         = "iam_role_trust_oidc_conditions"
	CheckPublic            = "policy_public_principal"
	CheckNotPrincipal      = "policy_allow_not_principal"
	CheckForAllValues      = "policy_forallvalues_single_valued_key"
	CheckServicePrincipal  = "policy_service_principal_without_source"
	CheckInvalid           = "policy_invalid"
	CheckMissingVersion    = "policy_missing_version"
)

// MissingVersion reports a document without "Version" (Access Analyzer
// MISSING_VERSION), which IAM reads as version 2008-10-17, or with that old
// version: policy variables such as ${aws:username} are plain text there.
func MissingVersion(d *Document) []Issue {
	const fix = ` Declare "Version": "2012-10-17" (aws_iam_policy_document does by default).`
	switch d.Version {
	case "":
		return []Issue{{Check: CheckMissingVersion, Severity: "low", Statement: -1,
			Message: `The policy has no "Version", so IAM treats it as version 2008-10-17, in which policy variables such as ${aws:username} are plain text and match nothing (Access Analyzer: MISSING_VERSION).` + fix}}
	case "2008-10-17":
		return []Issue{{Check: CheckMissingVersion, Severity: "low", Statement: -1,
			Message: `The policy declares the obsolete "Version": "2008-10-17", in which policy variables such as ${aws:username} are plain text and match nothing.` + fix}}
	}
	return nil
}

// AdminAccess reports Allow statements of "*" on "*": full administrator
// access (Security Hub IAM.1).
func AdminAccess(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect == Allow && len(s.Unknown) == 0 && s.NotActions == nil && containsWildcardAll(s.Actions) && containsWildcardAll(s.Resources) {
			out = append(out, s.issue(CheckAdmin, "high", `allows every action ("*") on every resource ("*"): full administrator access, including changing its own permissions and turning off logging. Grant the actions the workload needs on the resources it uses.`))
		}
	}
	return out
}

// ServiceWildcards reports Allow statements with "service:*" in Action or
// NotAction (Security Hub IAM.21); prefixes such as ec2:Describe* pass.
func ServiceWildcards(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect != Allow {
			continue
		}
		if wild := serviceWildcards(s.Actions); len(wild) > 0 {
			out = append(out, s.issue(CheckServiceWild, "low", fmt.Sprintf("allows every action of a service (%s), including actions AWS adds later. Name the actions the workload needs; wildcards such as ec2:Describe* are fine.", strings.Join(wild, ", "))))
		}
		if wild := serviceWildcards(s.NotActions); len(wild) > 0 {
			out = append(out, s.issue(CheckServiceWild, "low", fmt.Sprintf("uses a service wildcard in NotAction (%s) with Allow, which Security Hub IAM.21 also rejects. List the allowed actions instead.", strings.Join(wild, ", "))))
		}
	}
	return out
}

// AllowNotAction reports Allow with NotAction: everything except a list,
// including every action AWS adds later.
func AllowNotAction(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect == Allow && s.NotActions != nil {
			out = append(out, s.issue(CheckNotAction, "medium", fmt.Sprintf("allows everything except [%s] (NotAction with Allow): every other action of every service is granted, including actions AWS adds later. List the allowed actions in Action instead.", strings.Join(s.NotActions, ", "))))
		}
	}
	return out
}

// AllowNotResource reports Allow with NotResource.
func AllowNotResource(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect == Allow && s.NotResources != nil {
			out = append(out, s.issue(CheckNotResource, "medium", fmt.Sprintf("applies to every resource except [%s] (NotResource with Allow), including resources created later and in other accounts. List the allowed resources in Resource instead.", strings.Join(s.NotResources, ", "))))
		}
	}
	return out
}

// PassRoleAllRoles reports Allow statements that admit iam:PassRole on every
// role without an iam:PassedToService condition: Access Analyzer's six
// PASS_ROLE_WITH_* security warnings.
func PassRoleAllRoles(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect != Allow || len(s.Unknown) > 0 || !s.broadResourcesFor("iam:PassRole") || !s.AllowsAction("iam:PassRole") || s.limitsTo("iam:PassedToService") {
			continue
		}
		cond := "without an iam:PassedToService condition"
		if slices.ContainsFunc(s.Conditions, func(c Condition) bool { return strings.EqualFold(c.Key, "iam:PassedToService") }) {
			cond = "with an iam:PassedToService condition that admits any service"
		}
		out = append(out, s.issue(CheckPassRole, "high", fmt.Sprintf("allows iam:PassRole on every role (%s) %s (Access Analyzer: %s): the principal can hand any role, administrator roles included, to a service it controls and act with that role's permissions. Restrict Resource to the role ARNs it must pass, and add an iam:PassedToService condition that names the service.", passRoleShape(s), cond, passRoleCode(s))))
	}
	return out
}

// passRoleCode names the Access Analyzer check that a broad PassRole
// statement trips, from how its action and resource are written.
func passRoleCode(s *Statement) string {
	action := ""
	switch {
	case s.NotActions != nil:
		action = "NOTACTION"
	case containsWildcardAll(s.Actions) || serviceWildcardIn(s.Actions, "iam"):
		action = "STAR_IN_ACTION"
	}
	switch {
	case s.NotResources != nil && action == "":
		return "PASS_ROLE_WITH_NOTRESOURCE"
	case s.NotResources != nil && action == "NOTACTION":
		return "PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE"
	case s.NotResources != nil:
		return "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE"
	case action == "NOTACTION":
		return "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION"
	case action == "STAR_IN_ACTION":
		return "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE"
	}
	return "PASS_ROLE_WITH_STAR_IN_RESOURCE"
}

func passRoleShape(s *Statement) string {
	if s.NotResources != nil {
		return "NotResource [" + strings.Join(s.NotResources, ", ") + "]"
	}
	var broad []string
	for _, r := range s.Resources {
		if Broad(r) && CanName(r, "iam:PassRole") {
			broad = append(broad, r)
		}
	}
	return `Resource "` + strings.Join(broad, `", "`) + `"`
}

func serviceWildcardIn(actions []string, service string) bool {
	for _, a := range serviceWildcards(actions) {
		if strings.EqualFold(a, service+":*") {
			return true
		}
	}
	return false
}

// KMSDecryptAll reports Allow of kms:Decrypt or kms:ReEncryptFrom on all
// keys (Security Hub KMS.1 and KMS.2, which disregard conditions).
func KMSDecryptAll(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect != Allow || len(s.Unknown) > 0 {
			continue
		}
		var acts []string
		for _, a := range []string{"kms:Decrypt", "kms:ReEncryptFrom"} {
			if s.broadResourcesFor(a) && s.AllowsAction(a) && !d.deniedEverywhere(a) {
				acts = append(acts, a)
			}
		}
		if len(acts) > 0 {
			out = append(out, s.issue(CheckKMSDecrypt, "medium", fmt.Sprintf(`allows %s on all KMS keys (%s): the principal can decrypt data protected by any key whose key policy trusts the account's IAM policies. Restrict Resource to the key ARNs it needs.`, strings.Join(acts, " and "), resourceShape(s))))
		}
	}
	return out
}

func resourceShape(s *Statement) string {
	if s.NotResources != nil {
		return "NotResource [" + strings.Join(s.NotResources, ", ") + "]"
	}
	return `Resource "` + strings.Join(s.Resources, `", "`) + `"`
}

// deniedEverywhere reports whether an unconditional Deny on all resources
// covers every action matching pattern.
func (d *Document) deniedEverywhere(pattern string) bool {
	for _, s := range d.Statements {
		if s.broadDeny(pattern) {
			return true
		}
	}
	return false
}

// singleValuedKeys are global condition keys with one value per request;
// ForAllValues on them is true when the key is absent. Tag keys
// (aws:RequestTag/..., aws:ResourceTag/..., aws:PrincipalTag/...) are
// single-valued too.
var singleValuedKeys = lowerSet(
	"aws:PrincipalArn", "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:PrincipalType", "aws:PrincipalIsAWSService",
	"aws:PrincipalServiceName", "aws:userid", "aws:username", "aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID",
	"aws:SourceIp", "aws:SourceVpc", "aws:SourceVpce", "aws:VpcSourceIp", "aws:SourceIdentity", "aws:RequestedRegion",
	"aws:SecureTransport", "aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge", "aws:CurrentTime", "aws:EpochTime",
	"aws:TokenIssueTime", "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ViaAWSService", "aws:CalledViaFirst",
	"aws:CalledViaLast", "aws:FederatedProvider", "aws:Referer", "aws:UserAgent", "sts:ExternalId",
)

func singleValued(key string) bool {
	k := strings.ToLower(key)
	return singleValuedKeys[k] || strings.HasPrefix(k, "aws:requesttag/") || strings.HasPrefix(k, "aws:resourcetag/") || strings.HasPrefix(k, "aws:principaltag/")
}

// ForAllValuesSingleValued reports ForAllValues on single-valued keys
// (Access Analyzer FORALLVALUES_WITH_SINGLE_VALUED_KEY): ForAllValues is
// true when the request has no such key at all, so an Allow conditioned that
// way admits callers it was meant to exclude.
func ForAllValuesSingleValued(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		for _, c := range s.Conditions {
			if c.Set == "ForAllValues" && singleValued(c.Key) {
				out = append(out, s.issue(CheckForAllValues, "medium", fmt.Sprintf("uses %s on the single-valued key %s (Access Analyzer: FORALLVALUES_WITH_SINGLE_VALUED_KEY): ForAllValues is true when the request carries no %s at all, so the condition does not limit what it seems to. Use %s without the ForAllValues qualifier.", c.Operator, c.Key, c.Key, strings.TrimPrefix(c.Operator, "ForAllValues:"))))
			}
		}
	}
	return out
}

// NotPrincipalAllow reports Allow with NotPrincipal (Access Analyzer
// ALLOW_WITH_NOTPRINCIPAL): everyone except a list, anonymous callers
// included.
func NotPrincipalAllow(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect == Allow && s.HasNotPrinc && !s.Unknown["principal"] {
			out = append(out, s.issue(CheckNotPrincipal, "high", fmt.Sprintf("allows everyone except [%s] (Allow with NotPrincipal; Access Analyzer: ALLOW_WITH_NOTPRINCIPAL), anonymous callers and every other AWS account included. Name the allowed principals in Principal instead.", principalList(s.NotPrincipals))))
		}
	}
	return out
}

// PublicPrincipal reports Allow statements to Principal "*" (or
// {"AWS": "*"}) without a condition that restricts who, unless a Deny takes
// their actions away from everyone outside a fixed set (see PublicAccess).
// Statements whose principal or condition is known only after apply are
// Undecided. NotPrincipal is NotPrincipalAllow's.
func PublicPrincipal(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect != Allow || s.HasNotPrinc {
			continue
		}
		if s.Unknown["principal"] || s.Unknown["condition"] {
			if !s.Restricted() && (s.Unknown["principal"] || s.Public()) {
				is := s.issue(CheckPublic, "critical", "may be open to everyone: its principal or condition is known only after apply. Use values known at plan time.")
				is.Undecided = true
				out = append(out, is)
			}
			continue
		}
		if !s.Public() || s.Restricted() {
			continue
		}
		acts := s.Actions
		if s.NotActions != nil {
			acts = []string{"*"}
		}
		open := false
		for _, a := range acts {
			open = open || !d.deniedToOutsiders(a, s)
		}
		if open {
			out = append(out, s.issue(CheckPublic, "critical", fmt.Sprintf(`allows %s to Principal "*" without a condition that restricts who (such as aws:PrincipalOrgID, aws:SourceArn, aws:SourceAccount or aws:SourceVpce): anyone, in any AWS account or none, can use it. Name specific principals, or add such a condition.`, strings.Join(actionsText(s), ", "))))
		}
	}
	return out
}

// sourceKeys limit a grant to a service principal to requests made on
// behalf of specific resources or accounts (the confused-deputy guard).
// KMS key policies use encryption context keys for the same purpose.
var sourceKeys = lowerSet("aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID", "aws:SourceOrgPaths")

// ServicePrincipalWithoutSource reports Allow statements to an AWS service
// principal without aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or
// aws:SourceOrgPaths (Access Analyzer RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL):
// the service would act on behalf of anyone's resources.
// Which resources the statement names does not matter, so a statement whose
// resources are known only after apply is judged all the same.
func ServicePrincipalWithoutSource(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect != Allow {
			continue
		}
		var svcs []string
		for _, p := range s.Principals {
			if p.Type == "Service" && !p.Everyone() && !Deferred(p.ID) {
				svcs = append(svcs, p.ID)
			}
		}
		if len(svcs) == 0 || s.sourceRestricted() {
			continue
		}
		grant := fmt.Sprintf("%s to the service principal %s", strings.Join(actionsText(s), ", "), strings.Join(svcs, ", "))
		if s.Unknown["condition"] {
			is := s.issue(CheckServicePrincipal, "medium", "may grant "+grant+" without naming the source resource or account: no condition known at plan time does, and another is known only after apply. Write the aws:SourceArn or aws:SourceAccount condition so that it is known at plan time.")
			is.Undecided = true
			out = append(out, is)
			continue
		}
		out = append(out, s.issue(CheckServicePrincipal, "medium", "grants "+grant+" without an aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths condition that names the source (Access Analyzer: RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL): the service would act for any customer's resource that names this one (the confused-deputy problem). Add a condition on aws:SourceArn or aws:SourceAccount with your resource's ARN or your account ID."))
	}
	return out
}

// sourceRestricted reports whether a condition pins the source of the
// service's request to fixed resources or accounts: "arn:aws:sns:*:*:*",
// "*" or a Null test on the key name none.
func (s *Statement) sourceRestricted() bool {
	for _, c := range s.Conditions {
		k := strings.ToLower(c.Key)
		if (sourceKeys[k] || strings.HasPrefix(k, "kms:encryptioncontext:")) && c.pins(k) {
			return true
		}
	}
	return false
}

// AuditIdentity checks one identity policy on its own, as the IAM rules do
// for the policies of a plan: validity, version, administrator access,
// service wildcards, NotAction/NotResource with Allow, iam:PassRole on all
// roles, kms:Decrypt on all keys, ForAllValues misuse, and, judging the
// document as if it were an identity's only policy, privilege escalation,
// data exfiltration, credentials and resource exposure, and separation of
// duties. Administrator access stands for everything it implies.
func AuditIdentity(d *Document) []Issue {
	out := Validate(d, IdentityPolicy)
	out = append(out, MissingVersion(d)...)
	if admin := AdminAccess(d); len(admin) > 0 {
		out = append(out, admin...)
		return append(out, KMSDecryptAll(d)...)
	}
	for _, check := range []func(*Document) []Issue{ServiceWildcards, AllowNotAction, AllowNotResource, PassRoleAllRoles, KMSDecryptAll, ForAllValuesSingleValued} {
		out = append(out, check(d)...)
	}
	id := standalone(d)
	for _, check := range []func() []Issue{id.PrivescIssues, id.DataExfiltration, id.CredentialsExposure, id.ResourceExposure, id.AuditTrailDuty, id.KMSDuty} {
		out = append(out, check()...)
	}
	return out
}

// AuditResource checks a resource policy (bucket, key, queue, topic and
// other resource policies): validity, version, grants to everyone,
// NotPrincipal with Allow, service principals without a source condition
// and ForAllValues misuse.
func AuditResource(d *Document) []Issue {
	out := Validate(d, ResourcePolicy)
	for _, check := range []func(*Document) []Issue{MissingVersion, NotPrincipalAllow, PublicPrincipal, ServicePrincipalWithoutSource, ForAllValuesSingleValued} {
		out = append(out, check(d)...)
	}
	return out
}

// AuditTrust checks a role's trust policy: validity, version, trust to
// everyone, OpenID Connect trust without conditions on the token, and
// ForAllValues misuse. Cross-account trust needs the plan's account and is
// checked by the rule alone.
func AuditTrust(d *Document) []Issue {
	out := Validate(d, TrustPolicy)
	for _, check := range []func(*Document) []Issue{MissingVersion, TrustPublic, TrustOIDC, ForAllValuesSingleValued} {
		out = append(out, check(d)...)
	}
	return out
}

// KindOf guesses what a document is from its text: a trust policy when it
// names principals and allows only sts:AssumeRole*, a resource policy when
// it names principals otherwise, else an identity policy.
func KindOf(d *Document) Kind {
	principals, assume := false, true
	for _, s := range d.Statements {
		if s.HasPrincipal || s.HasNotPrinc {
			principals = true
		}
		if s.NotActions != nil {
			assume = false
		}
		for _, a := range s.Actions {
			if !strings.HasPrefix(strings.ToLower(a), "sts:assumerole") && !strings.EqualFold(a, "sts:TagSession") && !strings.EqualFold(a, "sts:SetSourceIdentity") {
				assume = false
			}
		}
	}
	switch {
	case principals && assume:
		return TrustPolicy
	case principals:
		return ResourcePolicy
	}
	return IdentityPolicy
}

// Audit checks a document according to KindOf.
func Audit(d *Document) []Issue {
	switch KindOf(d) {
	case TrustPolicy:
		return AuditTrust(d)
	case ResourcePolicy:
		return AuditResource(d)
	}
	return AuditIdentity(d)
}

func (s *Statement) issue(check, sev, msg string) Issue {
	return Issue{Check: check, Severity: sev, Statement: s.Index, Sid: s.Sid, Message: StatementLabel(s) + " " + msg}
}

// StatementLabel names a statement for messages: `Statement 2 ("Sid")`.
func StatementLabel(s *Statement) string {
	if s.Sid != "" {
		return fmt.Sprintf("Statement %d (%q)", s.Index, s.Sid)
	}
	return fmt.Sprintf("Statement %d", s.Index)
}

func actionsText(s *Statement) []string {
	if s.NotActions != nil {
		return []string{"everything except " + strings.Join(s.NotActions, ", ")}
	}
	return s.Actions
}

func principalList(ps []Principal) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return strings.Join(out, ", ")
}

// limitsTo reports whether a condition of the statement pins a key to
// specific values: a positive operator, not IfExists, no value that is a
// bare or leading wildcard (StringNotEquals or StringLike "*" admit all).
func (s *Statement) limitsTo(key string) bool {
	for _, c := range s.Conditions {
		if !strings.EqualFold(c.Key, key) || !positiveOperators[c.Base] || c.IfExists || len(c.Values)+len(c.Deferred) == 0 {
			continue
		}
		if !slices.ContainsFunc(c.Values, func(v string) bool { return strings.HasPrefix(v, "*") }) {
			return true
		}
	}
	return false
}

func containsWildcardAll(list []string) bool {
	for _, a := range list {
		if a == "*" {
			return true
		}
	}
	return false
}

// serviceWildcards returns the "service:*" actions of a list.
func serviceWildcards(actions []string) []string {
	var out []string
	for _, a := range actions {
		if svc, act, ok := strings.Cut(a, ":"); ok && act == "*" && svc != "" && !strings.ContainsAny(svc, "*?") {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}
