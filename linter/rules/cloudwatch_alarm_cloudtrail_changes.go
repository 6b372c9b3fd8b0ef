package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmCloudTrailChanges implements Security Hub CloudWatch.5.
var CloudWatchAlarmCloudTrailChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_cloudtrail_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for CloudTrail configuration changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.5"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-5",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisCloudTrailChanges.check,
})

var cisCloudTrailChanges = &cisAlarm{
	what:     "CloudTrail configuration changes",
	cis:      "CloudWatch.5, CIS 1.4 4.5",
	pattern:  "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
	events:   calls("cloudtrail.amazonaws.com", "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"),
	harmless: apiCall("cloudtrail.amazonaws.com", "DescribeTrails"),
}
