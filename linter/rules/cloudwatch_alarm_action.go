package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
)

// CloudWatchAlarmAction implements Security Hub CloudWatch.15.
var CloudWatchAlarmAction = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_action",
	Title:    "CloudWatch alarms have an alarm action",
	Severity: linter.SeverityHigh,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.15"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15",
		"https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions",
	},
	Check: func(pass *linter.Pass) {
		ix := cloudWatch(pass.Plan)
		security := map[string]string{} // alarm address -> the security filter it watches
		seen := map[*alarmSet]bool{}    // filters on one metric share a set
		for _, f := range ix.filters {
			if ix.onTrailGroup(f) && !seen[f.watch] {
				seen[f.watch] = true
				for _, a := range f.watch.alarms {
					security[a.Address] = f.res.Address
				}
			}
		}
		for _, typ := range []string{"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"} {
			for _, a := range pass.Plan.OfType(typ) {
				acts := a.Get("alarm_actions")
				if ix.children[a] {
					continue // a composite alarm's child acts through its parent
				}
				if topics, all := managedKeyTopics(a); all {
					var names []string
					for _, t := range topics {
						names = append(names, t.Address)
					}
					pass.Report(a, "alarm_actions", "Alarm %s publishes only to SNS topics encrypted with the AWS managed key aws/sns (%s): that key's policy does not let CloudWatch use it, so the alarm's notifications are never delivered. Encrypt the topic with a customer managed key whose key policy allows cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey*.", named(a, "alarm_name"), strings.Join(names, ", "))
					continue
				}
				if acts.Unknown() || len(acts.List()) > 0 {
					continue
				}
				if f := security[a.Address]; f != "" {
					pass.Report(a, "", "Security alarm %s (on the metric of %s, which reads a CloudTrail log group) has no alarm_actions: when it fires nobody is notified, so the incident it detects gets no response. Set alarm_actions to an SNS topic that pages the team that owns the response.", named(a, "alarm_name"), f)
					continue
				}
				pass.Report(a, "", "Alarm %s has no alarm_actions, so when it fires nothing happens and nobody is told; an alarm that only changes colour on a dashboard is easy to miss. Set alarm_actions to an SNS topic (or an Auto Scaling, EC2 or Systems Manager action), or make it a child of a composite alarm that has actions.", named(a, "alarm_name"))
			}
		}
	},
})
