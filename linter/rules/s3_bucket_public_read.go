package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketPublicRead implements Security Hub S3.2.
var S3BucketPublicRead = withDoc(&linter.Rule{
	ID:       "s3_bucket_public_read",
	Title:    "S3 buckets do not allow public read access",
	Severity: linter.SeverityCritical,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.2"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
	},
	Check: func(pass *linter.Pass) { checkS3Public(pass, s3Read) },
})
