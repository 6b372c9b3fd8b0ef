package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmCMKDeletion implements Security Hub CloudWatch.7.
var CloudWatchAlarmCMKDeletion = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_cmk_deletion",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for disabling or scheduled deletion of customer managed KMS keys",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.7"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-7",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisCMKDeletion.check,
})

var cisCMKDeletion = &cisAlarm{
	what:     "disabling or scheduled deletion of customer managed KMS keys",
	cis:      "CloudWatch.7, CIS 1.4 4.7",
	pattern:  "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }",
	events:   calls("kms.amazonaws.com", "DisableKey", "ScheduleKeyDeletion"),
	harmless: apiCall("kms.amazonaws.com", "Decrypt"),
}
