package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketVersionedLifecycle implements Security Hub S3.10.
var S3BucketVersionedLifecycle = withDoc(&linter.Rule{
	ID:       "s3_bucket_versioned_lifecycle",
	Title:    "Versioned S3 buckets have an enabled lifecycle rule",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "backup_recovery_config",
	Controls: []string{"S3.10"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html",
	},
	Check: func(pass *linter.Pass) {
		ix := s3Buckets(pass.Plan)
		for _, b := range ix.buckets {
			if status, _, _ := b.versioning(); status == "Enabled" {
				reportLifecycle(pass, ix, b, "every overwrite and delete keeps another noncurrent version, forever: storage grows without bound, and data meant to be deleted never is")
			}
		}
	},
})
