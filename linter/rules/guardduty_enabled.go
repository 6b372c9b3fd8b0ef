package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// GuardDutyEnabled implements Security Hub GuardDuty.1.
var GuardDutyEnabled = withDoc(&linter.Rule{
	ID:       "guardduty_enabled",
	Title:    "GuardDuty is enabled",
	Severity: linter.SeverityHigh,
	Service:  "GuardDuty",
	Area:     "logging_monitoring_config",
	Controls: []string{"GuardDuty.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1",
		"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html",
	},
	Check: func(pass *linter.Pass) {
		detectors := pass.Plan.OfType("aws_guardduty_detector")
		for _, d := range detectors {
			if turnsOff(d, "enable") {
				continue // security_monitoring_stopped reports it
			}
			switch on, known := settingOr(d, "enable", true); {
			case !known:
				pass.ReportUnknown(d, "enable", "Whether GuardDuty detector %s is enabled cannot be decided: enable is known only after apply. Set enable = true.", d.Address)
			case !on:
				pass.Report(d, "enable", "GuardDuty detector %s is suspended (enable = false): it analyses no CloudTrail, VPC flow log or DNS events, so compromised credentials, crypto-mining and data exfiltration go undetected in its region. Remove enable = false (it defaults to true).", d.Address)
			}
		}
		for _, c := range pass.Plan.OfType("aws_guardduty_organization_configuration") {
			if c.Get("auto_enable_organization_members").String() == "NONE" {
				pass.Report(c, "auto_enable_organization_members", "%s enrols no member account in GuardDuty (auto_enable_organization_members = \"NONE\"): accounts that join the organization, and existing ones not added one by one, have no detector, so nothing watches them for compromised credentials, crypto-mining or data exfiltration. Set auto_enable_organization_members = \"ALL\".", c.Address)
			}
		}
		if pass.Settings.Baseline && len(detectors) == 0 {
			pass.ReportAccount("aws_guardduty_detector", "The account baseline has no aws_guardduty_detector, so nothing watches the account for compromised credentials, crypto-mining or data exfiltration. Add an aws_guardduty_detector (enable = true) in every region you use, or enable GuardDuty for the organization from its delegated administrator.")
		}
	},
})
