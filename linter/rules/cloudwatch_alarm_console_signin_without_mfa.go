package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmConsoleSigninWithoutMFA implements Security Hub CloudWatch.3.
var CloudWatchAlarmConsoleSigninWithoutMFA = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_console_signin_without_mfa",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for Management Console sign-ins without MFA",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.3"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-3",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisConsoleSigninWithoutMFA.check,
})

var cisConsoleSigninWithoutMFA = &cisAlarm{
	what:    "Management Console sign-ins without MFA",
	cis:     "CloudWatch.3, CIS 1.2",
	pattern: "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }",
	events: []cloudTrail{
		apiCall("signin.amazonaws.com", "ConsoleLogin", "eventType", "AwsConsoleSignIn", "additionalEventData", map[string]any{"MFAUsed": "No"}, "responseElements", map[string]any{"ConsoleLogin": "Success"}),
	},
	harmless: apiCall("signin.amazonaws.com", "ConsoleLogin", "eventType", "AwsConsoleSignIn", "additionalEventData", map[string]any{"MFAUsed": "Yes"}, "responseElements", map[string]any{"ConsoleLogin": "Success"}),
}
