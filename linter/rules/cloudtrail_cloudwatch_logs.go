package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudTrailCloudWatchLogs implements Security Hub CloudTrail.5.
var CloudTrailCloudWatchLogs = withDoc(&linter.Rule{
	ID:       "cloudtrail_cloudwatch_logs",
	Title:    "CloudTrail trails send their events to CloudWatch Logs",
	Severity: linter.SeverityLow,
	Service:  "CloudTrail",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudTrail.5"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
	},
	Check: func(pass *linter.Pass) {
		for _, t := range pass.Plan.OfType("aws_cloudtrail") {
			var missing []string
			for _, a := range []string{"cloud_watch_logs_group_arn", "cloud_watch_logs_role_arn"} {
				if v := t.Setting(a); v.Null() || v.Known() && v.String() == "" {
					missing = append(missing, a)
				}
			}
			if len(missing) > 0 {
				pass.Report(t, "", "Trail %s does not send its events to CloudWatch Logs (%s not set), so no metric filter or alarm can react to them: a root sign-in or a bucket policy change is found, if ever, by reading S3 log files after the fact. Set cloud_watch_logs_group_arn (\"${aws_cloudwatch_log_group.x.arn}:*\") and cloud_watch_logs_role_arn.", named(t, "name"), joinAnd(missing))
			}
		}
	},
})
