package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmConfigChanges implements Security Hub CloudWatch.9.
var CloudWatchAlarmConfigChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_config_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for AWS Config configuration changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.9"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-9",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisConfigChanges.check,
})

var cisConfigChanges = &cisAlarm{
	what:     "AWS Config configuration changes",
	cis:      "CloudWatch.9, CIS 1.4 4.9",
	pattern:  "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }",
	events:   calls("config.amazonaws.com", "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"),
	harmless: apiCall("config.amazonaws.com", "DescribeConfigurationRecorders"),
}
