package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmIAMPolicyChanges implements Security Hub CloudWatch.4.
var CloudWatchAlarmIAMPolicyChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_iam_policy_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for IAM policy changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.4"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-4",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisIAMPolicyChanges.check,
})

var cisIAMPolicyChanges = &cisAlarm{
	what:     "IAM policy changes",
	cis:      "CloudWatch.4, CIS 1.4 4.4",
	pattern:  "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }",
	events:   calls("iam.amazonaws.com", "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy"),
	harmless: apiCall("iam.amazonaws.com", "GetPolicy"),
}
