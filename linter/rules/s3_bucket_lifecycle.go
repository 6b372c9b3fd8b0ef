package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketLifecycle implements Security Hub S3.13.
var S3BucketLifecycle = withDoc(&linter.Rule{
	ID:       "s3_bucket_lifecycle",
	Title:    "S3 buckets have an enabled lifecycle rule",
	Severity: linter.SeverityLow,
	Service:  "S3",
	Area:     "backup_recovery_config",
	Controls: []string{"S3.13"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
	},
	Check: checkS3BucketLifecycle,
})

const lifecycleFix = `Add an aws_s3_bucket_lifecycle_configuration with at least one rule with status = "Enabled" (for example expiring noncurrent versions and aborting incomplete multipart uploads).`

func checkS3BucketLifecycle(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	for _, b := range ix.buckets {
		reportLifecycle(pass, ix, b, "objects, old versions and incomplete uploads are kept (and billed) forever, and stale data is never removed")
	}
}

// reportLifecycle reports a bucket without an enabled lifecycle rule; why
// says what that costs.
func reportLifecycle(pass *linter.Pass, ix *s3Index, b *s3Bucket, why string) {
	enabled, unknown, confs := b.lifecycle()
	switch {
	case enabled:
	case len(confs) == 0 && reportUnlinked(pass, ix, b, "an enabled lifecycle rule", "aws_s3_bucket_lifecycle_configuration"):
	case unknown:
		pass.ReportUnknown(firstOr(confs, b), "", "Whether bucket %s has an enabled lifecycle rule cannot be decided: the rules' status is known only after apply. Use literal status values.", b.label())
	case len(confs) > 0:
		pass.Report(confs[0], "rule", "Bucket %s has a lifecycle configuration, but none of its rules is enabled, so %s. %s", b.label(), why, lifecycleFix)
	case b.res != nil:
		pass.Report(b.res, "", "Bucket %s has no lifecycle configuration, so %s. %s", b.label(), why, lifecycleFix)
	}
}
