package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmVPCChanges implements Security Hub CloudWatch.14.
var CloudWatchAlarmVPCChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_vpc_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for VPC changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.14"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-14",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisVPCChanges.check,
})

var cisVPCChanges = &cisAlarm{
	what:     "VPC changes",
	cis:      "CloudWatch.14, CIS 1.4 4.14",
	pattern:  "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }",
	events:   calls("ec2.amazonaws.com", "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc", "DetachClassicLinkVpc", "DisableVpcClassicLink", "EnableVpcClassicLink"),
	harmless: apiCall("ec2.amazonaws.com", "DescribeVpcs"),
}
