package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// KMSKeyDeletion implements Security Hub KMS.3 for the keys a plan deletes.
var KMSKeyDeletion = withDoc(&linter.Rule{
	ID:       "kms_key_deletion",
	Title:    "The plan does not delete or replace KMS keys",
	Severity: linter.SeverityCritical,
	Service:  "KMS",
	Area:     "key_management",
	Controls: []string{"KMS.3"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-3",
		"https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html",
	},
	Check: func(pass *linter.Pass) {
		for _, typ := range kmsKeyTypes {
			for _, r := range pass.Plan.AllOfType(typ) {
				if r.Action != plan.ActionDelete && r.Action != plan.ActionReplace {
					continue
				}
				days := "30 (the default)"
				if n, ok := r.BeforeValue().Get("deletion_window_in_days").Number(); ok {
					days = formatNumber(n)
				}
				pass.Report(r, "", "The plan will %s KMS key %s, which schedules the key's deletion: after %s days it is gone for good, and everything encrypted under it (objects, volumes, databases, secrets) can never be decrypted again. If this is unintended, keep the resource (add lifecycle { prevent_destroy = true }, and for a replacement revert the argument that forces it); if it is intended, first re-encrypt the data under another key.",
					r.Action, r.Address, days)
			}
		}
	},
})
