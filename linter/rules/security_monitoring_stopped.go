package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// SecurityMonitoringStopped reports plans that switch off the account's
// security logging and detection.
var SecurityMonitoringStopped = withDoc(&linter.Rule{
	ID:       "security_monitoring_stopped",
	Title:    "A plan does not stop or delete CloudTrail trails, GuardDuty detectors, Config recorders or Security Hub",
	Severity: linter.SeverityCritical,
	Service:  "CloudTrail",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudTrail.3", "GuardDuty.1", "Config.1"},
	Extra:    map[string][]string{"nist_800_53_r5": {"AU-5", "AU-9", "SI-4"}},
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html",
		"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html",
	},
	Check: checkSecurityMonitoringStopped,
})

// monitoringStops lists what stops a monitoring service: the resource
// types whose deletion stops it, and the flag whose switch to false does.
var monitoringStops = []struct {
	typ, flag, what, effect string
}{
	{"aws_cloudtrail", "enable_logging", "trail", "the account stops recording API activity"},
	{"aws_guardduty_detector", "enable", "GuardDuty detector", "threat detection stops for the region"},
	{"aws_config_configuration_recorder", "", "AWS Config recorder", "configuration changes stop being recorded and Config rules stop evaluating"},
	{"aws_config_configuration_recorder_status", "is_enabled", "AWS Config recorder", "configuration changes stop being recorded and Config rules stop evaluating"},
	{"aws_securityhub_account", "", "Security Hub", "security findings stop being collected and controls stop being checked"},
}

func checkSecurityMonitoringStopped(pass *linter.Pass) {
	const why = "Attackers turn off logging and detection first, and an apply that does it silently leaves the account blind."
	for _, s := range monitoringStops {
		for _, r := range pass.Plan.AllOfType(s.typ) {
			label := named(r, "name")
			switch {
			case r.Action == plan.ActionDelete:
				pass.Report(r, "", "This plan deletes %s %s: %s. %s Keep it, or create its replacement first and record the change with an srm_waiver.", s.what, label, s.effect, why)
			case s.flag != "" && turnsOff(r, s.flag):
				how := "switches %s %s off"
				if r.Action == plan.ActionReplace {
					how = "replaces %s %s with one that is off"
				}
				pass.Report(r, s.flag, "This plan "+how+" (%s from true to false): %s. %s Set %s = true.", s.what, label, s.flag, s.effect, why, s.flag)
			}
		}
	}
}
