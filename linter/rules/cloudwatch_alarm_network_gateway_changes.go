package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmNetworkGatewayChanges implements Security Hub CloudWatch.12.
var CloudWatchAlarmNetworkGatewayChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_network_gateway_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for network gateway changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.12"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-12",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisNetworkGatewayChanges.check,
})

var cisNetworkGatewayChanges = &cisAlarm{
	what:     "network gateway changes",
	cis:      "CloudWatch.12, CIS 1.4 4.12",
	pattern:  "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }",
	events:   calls("ec2.amazonaws.com", "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway", "DeleteInternetGateway", "DetachInternetGateway"),
	harmless: apiCall("ec2.amazonaws.com", "DescribeInternetGateways"),
}
