package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// SecurityHubEnabled checks CIS 4.16 (Security Hub enabled), which no
// Security Hub control covers.
var SecurityHubEnabled = withDoc(&linter.Rule{
	ID:       "securityhub_enabled",
	Title:    "Security Hub is enabled with at least one security standard",
	Severity: linter.SeverityMedium,
	Service:  "Config",
	Area:     "compliance_evidence",
	Extra: map[string][]string{
		"cis_v1.4.0":     {"4.16"},
		"cis_v3.0.0":     {"4.16"},
		"nist_800_53_r5": {"CA-7", "SI-4"},
		"iso_27001_2022": {"A.5.36", "A.8.16"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html",
		"https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards.html",
	},
	Check: func(pass *linter.Pass) {
		hubs := pass.Plan.OfType("aws_securityhub_account")
		// Security Hub is regional: a subscription counts in its region.
		subscribed := map[string]bool{}
		for _, s := range pass.Plan.OfType("aws_securityhub_standards_subscription") {
			subscribed[s.Get("region").String()] = true
		}
		// Under central configuration, the delegated administrator's
		// configuration policies decide, for the accounts and OUs they are
		// associated with, whether Security Hub runs and which standards.
		central := false
		for _, a := range pass.Plan.OfType("aws_securityhub_configuration_policy_association") {
			for _, cp := range pass.Plan.Linked(a, "policy_id", []string{"aws_securityhub_configuration_policy"}, "id") {
				on, standards := cp.Get("configuration_policy.0.service_enabled"), cp.Get("configuration_policy.0.enabled_standard_arns")
				switch {
				case on.Known() && !on.True():
					pass.ReportSeverity(linter.SeverityHigh, cp, "configuration_policy.0.service_enabled", "Configuration policy %s (service_enabled = false) turns Security Hub off in the accounts and organizational units it is associated with (%s, target %s): their findings are no longer gathered and no standard is checked there. Set service_enabled = true with the standards to run, or associate a policy that does.", cp.Address, a.Address, a.Get("target_id").String())
				case on.True() && !standards.Unknown() && len(standards.List()) == 0:
					pass.Report(cp, "configuration_policy.0.enabled_standard_arns", "Configuration policy %s enables Security Hub without any security standard (enabled_standard_arns is empty) in the accounts and organizational units it is associated with (%s), so it checks no control there. List AWS Foundational Security Best Practices and the CIS benchmark in enabled_standard_arns.", cp.Address, a.Address)
				case on.True():
					central = true
				}
			}
		}
		for _, h := range hubs {
			if on, known := settingOr(h, "enable_default_standards", true); known && !on && !central && !regionsInclude(subscribed, h.Get("region").String()) {
				pass.Report(h, "enable_default_standards", "Security Hub is enabled by %s without any security standard (enable_default_standards = false and no aws_securityhub_standards_subscription%s in this plan), so it checks no control and only collects other services' findings. Subscribe to AWS Foundational Security Best Practices and the CIS benchmark with aws_securityhub_standards_subscription.", h.Address, inRegion(h))
			}
		}
		if pass.Settings.Baseline && len(hubs) == 0 {
			pass.ReportAccount("aws_securityhub_account", "The account baseline does not enable Security Hub, so GuardDuty, Config, Inspector and Access Analyzer findings are not gathered in one place and no security standard is checked continuously. Add an aws_securityhub_account and subscribe to AWS Foundational Security Best Practices.")
		}
	},
})
