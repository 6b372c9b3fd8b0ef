package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketPublicWrite implements Security Hub S3.3.
var S3BucketPublicWrite = withDoc(&linter.Rule{
	ID:       "s3_bucket_public_write",
	Title:    "S3 buckets do not allow public write access",
	Severity: linter.SeverityCritical,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.3"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3",
	},
	Check: func(pass *linter.Pass) { checkS3Public(pass, s3Write) },
})
