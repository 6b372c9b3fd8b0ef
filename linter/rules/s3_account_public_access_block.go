package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3AccountPublicAccessBlock implements Security Hub S3.1 for the account
// public access blocks a plan declares.
var S3AccountPublicAccessBlock = withDoc(&linter.Rule{
	ID:       "s3_account_public_access_block",
	Title:    "The account-level S3 Block Public Access settings are all on",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_s3_account_public_access_block") {
			what := "Account-level Block Public Access"
			if id := r.Get("account_id").String(); id != "" {
				what += " of account " + id
			}
			reportBPA(pass, r, "", what)
		}
	},
})
