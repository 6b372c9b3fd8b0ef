package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// BaselineIAMPasswordPolicy implements Security Hub IAM.7 (and the CIS
// password controls IAM.11-17, which all fail without a policy) for the
// account baseline.
var BaselineIAMPasswordPolicy = withDoc(&linter.Rule{
	ID:       "baseline_iam_password_policy",
	Title:    "The account baseline sets an IAM password policy",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.7", "IAM.11", "IAM.12", "IAM.13", "IAM.14", "IAM.15", "IAM.16", "IAM.17"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
	},
	Check: baselinePresence("aws_iam_account_password_policy", "The account baseline has no aws_iam_account_password_policy, so IAM users get AWS's default policy: 8 characters, no complexity, no reuse prevention, no expiry. Add an aws_iam_account_password_policy with minimum_password_length = 14 or more, password_reuse_prevention = 24 and the require_* settings true."),
})
