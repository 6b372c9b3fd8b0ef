package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmUnauthorizedAPICalls implements Security Hub CloudWatch.2.
var CloudWatchAlarmUnauthorizedAPICalls = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_unauthorized_api_calls",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for unauthorized API calls",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.2"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-2",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisUnauthorizedAPICalls.check,
})

var cisUnauthorizedAPICalls = &cisAlarm{
	what:    "unauthorized API calls",
	cis:     "CloudWatch.2, CIS 1.2",
	pattern: "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }",
	events: []cloudTrail{
		apiCall("ec2.amazonaws.com", "RunInstances", "errorCode", "Client.UnauthorizedOperation"),
		apiCall("s3.amazonaws.com", "GetBucketPolicy", "errorCode", "AccessDenied"),
		apiCall("kms.amazonaws.com", "Decrypt", "errorCode", "AccessDeniedException"),
	},
	harmless: apiCall("ec2.amazonaws.com", "RunInstances"),
}
