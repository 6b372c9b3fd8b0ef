package policy_test

import (
	"context"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// The scale plans (testdata/scale/main.tf): one policy of 1,000 or 5,000
// statements, one role with 20 or 100 attached policies.
var scalePlans = []struct{ name, path string }{
	{"1000stmts-20attached", "testdata/scale/plan-small.json"},
	{"5000stmts-100attached", "testdata/scale/plan-large.json"},
}

func loadScale(tb testing.TB, path string) *plan.Plan {
	tb.Helper()
	p, err := plan.LoadFile(context.Background(), path, nil, plan.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// TestScalePlans: the large plan is aggregated whole: the role holds its 100
// policies, the big policy all its statements, and the one wildcard
// iam:PassRole among them is found.
func TestScalePlans(t *testing.T) {
	p := loadScale(t, scalePlans[1].path)
	ids := map[string]*policy.Identity{}
	for _, id := range policy.Identities(p) {
		ids[id.Resource.Address] = id
	}
	many, big := ids["aws_iam_role.many"], ids["aws_iam_role.big"]
	if many == nil || big == nil {
		t.Fatalf("roles not aggregated: %v", ids)
	}
	if n := len(many.Policies); n != 100 {
		t.Errorf("aws_iam_role.many holds %d policies, want 100", n)
	}
	if len(big.Policies) != 1 || big.Policies[0].Source.Doc == nil || len(big.Policies[0].Source.Doc.Statements) != 5000 {
		t.Errorf("aws_iam_role.big: the 5,000-statement policy is not parsed whole")
	}
	if a := many.Unconstrained("iam:PassRole"); a.Level != policy.Granted {
		t.Errorf("iam:PassRole on * (policy part[0]) not found: %+v", a)
	}
}

// BenchmarkScale: every rule on a plan with one very large policy and one
// role with many attached policies; the time grows linearly with the plan.
func BenchmarkScale(b *testing.B) {
	for _, sp := range scalePlans {
		b.Run(sp.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				p := loadScale(b, sp.path) // fresh: no memo carried over
				b.StartTimer()
				if _, err := linter.Run(context.Background(), p, rules.All(), linter.DefaultSettings(), 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
