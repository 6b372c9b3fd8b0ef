package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmSecurityGroupChanges implements Security Hub CloudWatch.10.
var CloudWatchAlarmSecurityGroupChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_security_group_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for security group changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.10"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-10",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisSecurityGroupChanges.check,
})

var cisSecurityGroupChanges = &cisAlarm{
	what:     "security group changes",
	cis:      "CloudWatch.10, CIS 1.4 4.10",
	pattern:  "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }",
	events:   calls("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup"),
	harmless: apiCall("ec2.amazonaws.com", "DescribeSecurityGroups"),
}
