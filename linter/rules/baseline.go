package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// baselinePresence returns the check of a baseline_* rule: in the account
// baseline, the account-level resource typ must be declared. What its
// settings must be is another rule's concern.
func baselinePresence(typ, message string) func(*linter.Pass) {
	return func(pass *linter.Pass) {
		if pass.Settings.Baseline && len(pass.Plan.OfType(typ)) == 0 {
			pass.ReportAccount(typ, "%s", message)
		}
	}
}
