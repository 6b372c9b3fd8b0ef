package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmActionsEnabled implements Security Hub CloudWatch.17.
var CloudWatchAlarmActionsEnabled = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_actions_enabled",
	Title:    "CloudWatch alarm actions are enabled",
	Severity: linter.SeverityHigh,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.17"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-17",
	},
	Check: func(pass *linter.Pass) {
		for _, typ := range []string{"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"} {
			for _, a := range pass.Plan.OfType(typ) {
				switch on, known := settingOr(a, "actions_enabled", true); {
				case !known:
					pass.ReportUnknown(a, "actions_enabled", "Whether alarm %s acts when it fires cannot be decided: actions_enabled is known only after apply. Set actions_enabled = true.", named(a, "alarm_name"))
				case !on:
					pass.Report(a, "actions_enabled", "Alarm %s has its actions disabled (actions_enabled = false): it changes state but notifies nobody and triggers nothing, which silently turns off the response it was built for. Remove actions_enabled = false (it defaults to true); to mute an alarm for maintenance, use actions_suppressor on a composite alarm instead.", named(a, "alarm_name"))
				}
			}
		}
	},
})
