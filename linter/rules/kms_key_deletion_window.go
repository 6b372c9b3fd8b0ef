package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// minDeletionWindow is the waiting period, in days, that leaves time to
// notice a scheduled deletion and cancel it: AWS's default and maximum.
const minDeletionWindow = 30

// KMSKeyDeletionWindow reports keys whose deletion waiting period is short.
var KMSKeyDeletionWindow = withDoc(&linter.Rule{
	ID:       "kms_key_deletion_window",
	Title:    "KMS keys keep the full 30-day waiting period before deletion",
	Severity: linter.SeverityLow,
	Service:  "KMS",
	Area:     "key_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"SC-12", "CP-9"}, "iso_27001_2022": {"A.8.24"}},
	Links: []string{
		"https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-how-it-works",
	},
	Check: func(pass *linter.Pass) {
		for _, typ := range kmsKeyTypes {
			for _, r := range pass.Plan.OfType(typ) {
				v := r.Setting("deletion_window_in_days")
				n, ok := v.Number()
				switch {
				case v.Unknown():
					pass.ReportUnknown(r, "deletion_window_in_days", "The deletion waiting period of KMS key %s cannot be verified: deletion_window_in_days is known only after apply.", r.Address)
				case ok && n < minDeletionWindow:
					pass.Report(r, "deletion_window_in_days", "KMS key %s has deletion_window_in_days = %s: once its deletion is scheduled (by a destroy, or by an attacker), there are only %s days to notice and cancel it before data encrypted under it becomes unreadable for good. Omit the argument or set it to %d.", r.Address, formatNumber(n), formatNumber(n), minDeletionWindow)
				}
			}
		}
	},
})
