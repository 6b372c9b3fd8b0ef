package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// BaselineS3AccountPublicAccessBlock implements Security Hub S3.1 for the
// account baseline: the block must exist (s3_account_public_access_block
// checks its flags).
var BaselineS3AccountPublicAccessBlock = withDoc(&linter.Rule{
	ID:       "baseline_s3_account_public_access_block",
	Title:    "The account baseline declares account-level S3 Block Public Access",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
	},
	Check: baselinePresence("aws_s3_account_public_access_block", "The account baseline has no aws_s3_account_public_access_block: account-level Block Public Access is off unless it is set, so any bucket of the account, created by any team or tool, can be made public by one ACL or policy. Add an aws_s3_account_public_access_block with all four flags true."),
})
