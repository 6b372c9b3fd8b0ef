package rules

import (
	"fmt"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// IAMAccountPasswordPolicy implements Security Hub IAM.7 and IAM.11 to
// IAM.17 for aws_iam_account_password_policy.
var IAMAccountPasswordPolicy = withDoc(&linter.Rule{
	ID:       "iam_account_password_policy",
	Title:    "The IAM password policy requires strong passwords",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.7", "IAM.11", "IAM.12", "IAM.13", "IAM.14", "IAM.15", "IAM.16", "IAM.17"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7",
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
	},
	Check: checkIAMAccountPasswordPolicy,
})

// passwordSettings are the settings Security Hub checks: what a value must
// be, what an unset one means, and the controls that check it.
var passwordSettings = []struct {
	attr     string
	good     func(float64) bool
	fix      string // the value to set
	unset    string // what leaving it unset means
	weak     string // why a weak value matters
	controls string
	severity linter.Severity
}{
	{"require_uppercase_characters", isTrue, "true", "no uppercase letter is required", "passwords need no uppercase letter", "IAM.7, IAM.11", linter.SeverityMedium},
	{"require_lowercase_characters", isTrue, "true", "no lowercase letter is required", "passwords need no lowercase letter", "IAM.7, IAM.12", linter.SeverityMedium},
	{"require_symbols", isTrue, "true", "no symbol is required", "passwords need no symbol", "IAM.7, IAM.13", linter.SeverityMedium},
	{"require_numbers", isTrue, "true", "no number is required", "passwords need no number", "IAM.7, IAM.14", linter.SeverityMedium},
	{"minimum_password_length", func(n float64) bool { return n >= 14 }, "14", "passwords may be as short as 6 characters", "short passwords fall to guessing", "IAM.15; IAM.7 needs at least 8", linter.SeverityMedium},
	{"password_reuse_prevention", func(n float64) bool { return n >= 24 }, "24", "old passwords may be reused", "old, possibly leaked passwords come back", "IAM.16", linter.SeverityLow},
	{"max_password_age", func(n float64) bool { return n >= 1 && n <= 90 }, "90", "passwords never expire", "a leaked password stays valid", "IAM.17", linter.SeverityLow},
}

// isTrue tells true (1) from false (0) for boolean settings.
func isTrue(n float64) bool { return n == 1 }

func checkIAMAccountPasswordPolicy(pass *linter.Pass) {
	for _, r := range pass.Plan.OfType("aws_iam_account_password_policy") {
		for _, s := range passwordSettings {
			v := r.Setting(s.attr)
			n, known := settingNumber(v)
			switch {
			case v.Unknown():
				pass.ReportUnknown(r, s.attr, "The password policy %s cannot be verified: %s is known only after apply (Security Hub %s). Set %s = %s.", r.Address, s.attr, s.controls, s.attr, s.fix)
			case v.Null() || (known && !s.good(n) && r.Config != nil && !r.Configured(s.attr)):
				pass.ReportSeverity(s.severity, r, "", "The password policy %s does not set %s, so %s (Security Hub %s). Set %s = %s.", r.Address, s.attr, s.unset, s.controls, s.attr, s.fix)
			case known && !s.good(n):
				pass.ReportSeverity(s.severity, r, s.attr, "The password policy %s sets %s = %s: %s (Security Hub %s). Set %s = %s.", r.Address, s.attr, valueText(v), s.weak, s.controls, s.attr, s.fix)
			}
		}
	}
}

// settingNumber reads a boolean (1 or 0) or numeric setting.
func settingNumber(v plan.Value) (float64, bool) {
	if b, ok := v.Bool(); ok {
		if b {
			return 1, true
		}
		return 0, true
	}
	return v.Number()
}

func valueText(v plan.Value) string {
	if b, ok := v.Bool(); ok {
		return fmt.Sprint(b)
	}
	n, _ := v.Number()
	return fmt.Sprint(n)
}
