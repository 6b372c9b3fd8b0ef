package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// KMSKeyRotation implements Security Hub KMS.4.
var KMSKeyRotation = withDoc(&linter.Rule{
	ID:       "kms_key_rotation",
	Title:    "Customer managed symmetric KMS keys rotate automatically",
	Severity: linter.SeverityMedium,
	Service:  "KMS",
	Area:     "key_management",
	Controls: []string{"KMS.4"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4",
		"https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
	},
	Check: checkKMSKeyRotation,
})

func checkKMSKeyRotation(pass *linter.Pass) {
	// Only aws_kms_key can rotate: imported key material
	// (aws_kms_external_key) cannot, and replicas follow their primary.
	for _, r := range pass.Plan.OfType("aws_kms_key") {
		spec, usage := r.Setting("customer_master_key_spec"), r.Setting("key_usage")
		if spec.Unknown() || usage.Unknown() {
			pass.ReportUnknown(r, "customer_master_key_spec", "Whether KMS key %s can rotate cannot be decided: its key spec or usage is known only after apply.", r.Address)
			continue
		}
		if s := spec.String(); s != "" && s != "SYMMETRIC_DEFAULT" || usage.String() != "" && usage.String() != "ENCRYPT_DECRYPT" {
			continue // asymmetric and HMAC keys cannot rotate automatically
		}
		if !r.Setting("custom_key_store_id").Empty() || !r.Setting("xks_key_id").Empty() {
			continue // keys in custom key stores cannot rotate automatically
		}
		v := r.Setting("enable_key_rotation")
		switch {
		case v.Unknown():
			pass.ReportUnknown(r, "enable_key_rotation", "Whether KMS key %s rotates cannot be decided: enable_key_rotation is known only after apply. Use the literal true.", r.Address)
		case !v.True():
			what := "enable_key_rotation = false"
			if !r.Configured("enable_key_rotation") {
				what = "enable_key_rotation is not set (it defaults to false)"
			}
			pass.Report(r, "enable_key_rotation", "KMS key %s does not rotate: %s, so the same key material protects data for as long as the key exists, and a leak of it exposes everything ever encrypted. Set enable_key_rotation = true (AWS then rotates yearly, or every rotation_period_in_days; old data stays readable).", r.Address, what)
		}
	}
}
