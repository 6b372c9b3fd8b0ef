package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// BaselineSupportRole implements Security Hub IAM.18 (CIS 1.17): a role
// exists with the AWSSupportAccess managed policy attached.
var BaselineSupportRole = withDoc(&linter.Rule{
	ID:       "baseline_support_role",
	Title:    "The account baseline has a role with AWSSupportAccess to manage incidents with AWS Support",
	Severity: linter.SeverityLow,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.18"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-18",
		"https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html",
	},
	Check: checkSupportRole,
})

func checkSupportRole(pass *linter.Pass) {
	if !pass.Settings.Baseline {
		return // a support role may live in any other workspace
	}
	var maybe *policy.Identity
	for _, id := range policy.Identities(pass.Plan) {
		// a permission set provisions a role in each account it is assigned to
		if (id.Kind != "role" && id.Kind != "permission set") || (id.Managed && !id.Resource.Exists()) {
			continue
		}
		for _, po := range id.Policies {
			switch {
			case policy.AWSManagedName(po.ARN) == "AWSSupportAccess":
				return
			case maybe == nil && po.ARN == "" && po.Found == nil && po.Unknown != "":
				maybe = id // an attachment whose policy ARN is known only after apply
			}
		}
	}
	if maybe != nil {
		pass.ReportUnknown(maybe.Resource, maybe.Attr, "Whether the account baseline has a support role cannot be decided: no role certainly has the AWS managed policy AWSSupportAccess, and a policy attached to %s is known only after apply. Attach arn:aws:iam::aws:policy/AWSSupportAccess by its literal ARN.", maybe.Label())
		return
	}
	pass.ReportAccount("aws_iam_role", "The account baseline has no IAM role with the AWS managed policy AWSSupportAccess attached, so during an incident nobody may be able to open or follow up AWS Support cases without the root user or broader permissions (Security Hub IAM.18, CIS 1.17). Add a role that the incident responders can assume, with an aws_iam_role_policy_attachment of arn:aws:iam::aws:policy/AWSSupportAccess.")
}
