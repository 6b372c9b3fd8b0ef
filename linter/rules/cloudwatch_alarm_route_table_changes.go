package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmRouteTableChanges implements Security Hub CloudWatch.13.
var CloudWatchAlarmRouteTableChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_route_table_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for route table changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.13"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-13",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisRouteTableChanges.check,
})

var cisRouteTableChanges = &cisAlarm{
	what:     "route table changes",
	cis:      "CloudWatch.13, CIS 1.4 4.13",
	pattern:  "{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
	events:   calls("ec2.amazonaws.com", "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable"),
	harmless: apiCall("ec2.amazonaws.com", "DescribeRouteTables"),
}
