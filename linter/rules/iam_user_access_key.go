package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
)

// IAMUserAccessKey reports long-lived access keys created by Terraform: the
// plan-time side of Security Hub IAM.3 (keys rotated every 90 days).
var IAMUserAccessKey = withDoc(&linter.Rule{
	ID:       "iam_user_access_key",
	Title:    "Terraform does not create long-lived access keys for IAM users",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.3"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
	},
	Check: checkIAMUserAccessKey,
})

func checkIAMUserAccessKey(pass *linter.Pass) {
	for _, r := range pass.Plan.OfType("aws_iam_access_key") {
		if r.Get("status").String() == "Inactive" {
			continue // an inactive key cannot authenticate
		}
		secret := "its secret is written to the Terraform state in plain text (set pgp_key to encrypt it)"
		if !r.Setting("pgp_key").Null() {
			secret = "its secret, encrypted with pgp_key, is still handed to whoever runs Terraform"
		}
		pass.Report(r, "", "%s creates a long-lived access key for %s: it does not expire, works from anywhere, and %s. Prefer temporary credentials: IAM roles for workloads (instance profiles, IRSA, OIDC federation for CI) and IAM Identity Center for people. If a key is unavoidable, set pgp_key and rotate it within 90 days (Security Hub IAM.3).",
			r.Address, userNames(r, "user"), secret)
	}
}
