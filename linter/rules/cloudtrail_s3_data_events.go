package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// CloudTrailS3DataEvents implements Security Hub S3.22 and S3.23 in the
// account baseline.
var CloudTrailS3DataEvents = withDoc(&linter.Rule{
	ID:       "cloudtrail_s3_data_events",
	Title:    "A multi-region trail records S3 object-level read and write events for all buckets",
	Severity: linter.SeverityMedium,
	Service:  "CloudTrail",
	Area:     "logging_monitoring_config",
	Controls: []string{"S3.22", "S3.23"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22",
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-23",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html",
	},
	Check: func(pass *linter.Pass) {
		if !pass.Settings.Baseline {
			return // an account-level fact: the data-events trail may live anywhere
		}
		var trails []*plan.Resource
		read, write := false, false
		for _, t := range pass.Plan.OfType("aws_cloudtrail") {
			if logging, _ := settingOr(t, "enable_logging", true); !logging || !t.Get("is_multi_region_trail").True() {
				continue
			}
			trails = append(trails, t)
			r, w := s3DataEvents(t)
			read, write = read || r, write || w
		}
		var missing []string
		if !write {
			missing = append(missing, "write (S3.22: PutObject, DeleteObject, ...)")
		}
		if !read {
			missing = append(missing, "read (S3.23: GetObject, ...)")
		}
		if len(missing) == 0 {
			return
		}
		if len(trails) == 0 {
			pass.ReportAccount("aws_cloudtrail", "The account baseline has no multi-region trail that records S3 object-level %s events for all buckets, so nobody can tell who read, changed or deleted which object after a leak. Add an event_selector with a data_resource of type \"AWS::S3::Object\" and values = [\"arn:aws:s3\"] to a multi-region trail.", joinAnd(missing))
			return
		}
		for _, t := range trails {
			pass.Report(t, "", "No multi-region trail of the account baseline records S3 object-level %s events for all buckets, and trail %s could: without them nobody can tell who read, changed or deleted which object after a leak. Add an event_selector with a data_resource of type \"AWS::S3::Object\" and values = [\"arn:aws:s3\"] (read_write_type = \"All\").", joinAnd(missing), named(t, "name"))
		}
	},
})
