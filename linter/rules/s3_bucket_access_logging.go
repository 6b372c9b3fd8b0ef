package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketAccessLogging implements Security Hub S3.9.
var S3BucketAccessLogging = withDoc(&linter.Rule{
	ID:       "s3_bucket_access_logging",
	Title:    "S3 buckets have server access logging enabled",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "logging_monitoring_config",
	Controls: []string{"S3.9"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
	},
	Check: checkS3BucketAccessLogging,
})

func checkS3BucketAccessLogging(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	targets := ix.logTargets(pass.Plan)
	for _, b := range ix.buckets {
		if b.res == nil {
			continue
		}
		on, unknown := b.logged()
		switch {
		case on:
		case unknown:
			pass.ReportUnknown(b.res, "logging", "Whether bucket %s has server access logging cannot be decided: its inline logging block is known only after apply. Configure logging with an aws_s3_bucket_logging resource.", b.label())
		case reportUnlinked(pass, ix, b, "server access logging", "aws_s3_bucket_logging"):
		case targets[b]:
			// A bucket must not log to itself, and a chain of log buckets
			// has to end somewhere: a note, not a defect.
			pass.ReportSeverity(linter.SeverityLow, b.res, "", "Bucket %s receives server access logs but does not log its own access. Security Hub S3.9 still reports it; log it to a separate bucket (never to itself) if access to the logs must be audited, or accept the finding for the last bucket of the chain.", b.label())
		default:
			pass.Report(b.res, "", "Bucket %s has no server access logging, so requests to it (who read, wrote or deleted what) leave no record for audits or incident response. Add an aws_s3_bucket_logging resource with target_bucket set to a dedicated log bucket and a target_prefix.", b.label())
		}
	}
}
