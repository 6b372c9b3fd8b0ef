package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmConsoleAuthFailures implements Security Hub CloudWatch.6.
var CloudWatchAlarmConsoleAuthFailures = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_console_auth_failures",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for failed Management Console sign-ins",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.6"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-6",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisConsoleAuthFailures.check,
})

var cisConsoleAuthFailures = &cisAlarm{
	what:    "failed Management Console sign-ins",
	cis:     "CloudWatch.6, CIS 1.4 4.6",
	pattern: "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }",
	events: []cloudTrail{
		apiCall("signin.amazonaws.com", "ConsoleLogin", "eventType", "AwsConsoleSignIn", "errorMessage", "Failed authentication", "responseElements", map[string]any{"ConsoleLogin": "Failure"}),
	},
	harmless: apiCall("signin.amazonaws.com", "ConsoleLogin", "eventType", "AwsConsoleSignIn", "responseElements", map[string]any{"ConsoleLogin": "Success"}),
}
