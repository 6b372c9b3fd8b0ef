package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudTrailBucketAccessLogging implements Security Hub CloudTrail.7.
var CloudTrailBucketAccessLogging = withDoc(&linter.Rule{
	ID:       "cloudtrail_bucket_access_logging",
	Title:    "The S3 bucket that stores CloudTrail logs has server access logging",
	Severity: linter.SeverityLow,
	Service:  "CloudTrail",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudTrail.7"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-7",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
	},
	Check: func(pass *linter.Pass) {
		for _, t := range pass.Plan.OfType("aws_cloudtrail") {
			b := trailBucket(pass.Plan, t)
			if b == nil || b.res == nil {
				continue // a bucket managed in another state; its plan is checked there
			}
			if len(b.of("aws_s3_bucket_logging")) > 0 || len(b.res.Setting("logging").List()) > 0 {
				continue
			}
			pass.Report(t, "s3_bucket_name", "Bucket %s, where trail %s delivers its logs, has no server access logging, so nobody can tell who read, downloaded or deleted the log files. Add an aws_s3_bucket_logging for it that writes to a separate log bucket.",
				b.label(), named(t, "name"))
		}
	},
})
