package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmNACLChanges implements Security Hub CloudWatch.11.
var CloudWatchAlarmNACLChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_nacl_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for network ACL changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.11"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-11",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisNACLChanges.check,
})

var cisNACLChanges = &cisAlarm{
	what:     "network ACL changes",
	cis:      "CloudWatch.11, CIS 1.4 4.11",
	pattern:  "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }",
	events:   calls("ec2.amazonaws.com", "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation"),
	harmless: apiCall("ec2.amazonaws.com", "DescribeNetworkAcls"),
}
