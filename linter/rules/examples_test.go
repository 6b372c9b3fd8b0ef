package rules_test

import (
	"context"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// TestSecureDataExample: a data store module that follows AWS's secure
// defaults (examples/plans/secure-data) gets no finding above low from any
// rule, and no finding that depends on values known only after apply.
func TestSecureDataExample(t *testing.T) {
	p, err := plan.LoadFile(context.Background(), "../../examples/plans/secure-data/plan.json", nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := linter.Run(context.Background(), p, rules.All(), linter.DefaultSettings(), 1)
	if err != nil {
		t.Fatal(err)
	}
	low := map[string]int{}
	for _, f := range fs {
		if f.Severity > linter.SeverityLow || f.Unknown {
			t.Errorf("%s %s (unknown: %v): %s: %s", f.Severity, f.RuleID, f.Unknown, f.Address, f.Message)
			continue
		}
		low[f.RuleID]++
	}
	// What remains is documented in the example; MFA delete on both buckets
	// also shows that the rules saw the module's resources.
	if low["s3_bucket_mfa_delete"] != 2 {
		t.Errorf("low findings %v, want s3_bucket_mfa_delete on both buckets", low)
	}
}
