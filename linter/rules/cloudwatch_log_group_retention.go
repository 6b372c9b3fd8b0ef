package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// minLogRetentionDays is Security Hub's default minimum for CloudWatch.16.
const minLogRetentionDays = 365

// CloudWatchLogGroupRetention implements Security Hub CloudWatch.16.
var CloudWatchLogGroupRetention = withDoc(&linter.Rule{
	ID:       "cloudwatch_log_group_retention",
	Title:    "CloudWatch log groups keep their events for at least a year",
	Severity: linter.SeverityMedium,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.16"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16",
		"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
	},
	Check: func(pass *linter.Pass) {
		for _, g := range pass.Plan.OfType("aws_cloudwatch_log_group") {
			v := g.Setting("retention_in_days")
			if v.Unknown() {
				pass.ReportUnknown(g, "retention_in_days", "The retention of log group %s cannot be decided: retention_in_days is known only after apply. Use a literal value of %d or more, or 0 to keep events forever.", named(g, "name"), minLogRetentionDays)
				continue
			}
			// 0 (the default) keeps events forever.
			if days, ok := v.Number(); ok && days > 0 && days < minLogRetentionDays {
				pass.Report(g, "retention_in_days", "Log group %s deletes its events after %g days (retention_in_days = %g), so the evidence an incident investigation or an audit needs is gone long before a breach is usually discovered (often months). Set retention_in_days = %d or more (or 0 to keep events forever); archive older events to S3 if cost matters.", named(g, "name"), days, days, minLogRetentionDays)
			}
		}
	},
})
