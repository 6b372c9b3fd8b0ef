package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMCloudShellFullAccess implements Security Hub IAM.27.
var IAMCloudShellFullAccess = withDoc(&linter.Rule{
	ID:       "iam_cloudshell_full_access",
	Title:    "IAM identities do not have the AWSCloudShellFullAccess policy attached",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.27"},
	Links:    []string{"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-27"},
	Check:    checkIAMCloudShellFullAccess,
})

func checkIAMCloudShellFullAccess(pass *linter.Pass) {
	for _, id := range policy.Identities(pass.Plan) {
		for _, po := range id.Policies {
			// a user's group is reported for what comes through it
			if po.Group == nil && policy.AWSManagedName(po.ARN) == "AWSCloudShellFullAccess" {
				pass.Report(id.Resource, id.Attr, "%s has the AWS managed policy AWSCloudShellFullAccess attached: CloudShell gives a shell with the identity's credentials and unrestricted file upload and download, a path to move data out of the account past network controls (Security Hub IAM.27). Detach it, and grant the CloudShell actions the team needs in a customer managed policy, without cloudshell:PutCredentials for sensitive roles.",
					id.Label())
			}
		}
	}
}
