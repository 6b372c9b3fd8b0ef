package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmRootUsage implements Security Hub CloudWatch.1.
var CloudWatchAlarmRootUsage = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_root_usage",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for uses of the root user",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisRootUsage.check,
})

var cisRootUsage = &cisAlarm{
	what:    "uses of the root user",
	cis:     "CloudWatch.1, CIS 1.4 4.3",
	pattern: "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }",
	events: []cloudTrail{
		apiCall("signin.amazonaws.com", "ConsoleLogin", "eventType", "AwsConsoleSignIn", "userIdentity", map[string]any{"type": "Root", "arn": "arn:aws:iam::123456789012:root"}, "responseElements", map[string]any{"ConsoleLogin": "Success"}),
		apiCall("iam.amazonaws.com", "CreateAccessKey", "userIdentity", map[string]any{"type": "Root", "arn": "arn:aws:iam::123456789012:root"}),
	},
	harmless: apiCall("iam.amazonaws.com", "CreateAccessKey"),
}
