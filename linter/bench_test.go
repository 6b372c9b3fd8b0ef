package linter_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/internal/plangen"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/report"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

var (
	genMu    sync.Mutex
	genPlans = map[int][]byte{}
)

// generated returns a generated plan of about n instances (cached).
func generated(tb testing.TB, n int) []byte {
	tb.Helper()
	genMu.Lock()
	defer genMu.Unlock()
	if b, ok := genPlans[n]; ok {
		return b
	}
	paths, err := plangen.Fixtures("..")
	if err != nil {
		tb.Fatal(err)
	}
	templates, err := plangen.LoadTemplates(paths)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := plangen.Generate(&buf, templates, n, 1); err != nil {
		tb.Fatal(err)
	}
	genPlans[n] = buf.Bytes()
	return buf.Bytes()
}

var benchSizes = []int{1000, 10000, 50000}

// BenchmarkLoad: decoding and modelling a plan.
func BenchmarkLoad(b *testing.B) {
	for _, n := range benchSizes {
		data := generated(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := plan.Parse("bench.json", data, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRules: every rule on a loaded plan.
func BenchmarkRules(b *testing.B) {
	for _, n := range benchSizes {
		data := generated(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				p, err := plan.Parse("bench.json", data, 0)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := linter.Run(context.Background(), p, rules.All(), linter.DefaultSettings(), 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck: load, check and write the JSON report, as `srmlint check`.
func BenchmarkCheck(b *testing.B) {
	for _, n := range benchSizes {
		data := generated(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				p, err := plan.Parse("bench.json", data, 0)
				if err != nil {
					b.Fatal(err)
				}
				res, err := linter.Check(context.Background(), []linter.Input{{Plan: p}}, linter.Options{
					Rules: rules.All(), Settings: linter.DefaultSettings(), FailOn: linter.SeverityHigh,
				})
				if err != nil {
					b.Fatal(err)
				}
				if err := report.WriteJSON(io.Discard, res, report.Meta{Version: "bench"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestGeneratedPlanDeterministic: on generated plans, the JSON report is
// byte-identical between a serial run, a parallel run and a run with one
// OS thread, each on a freshly loaded plan (so no memo is shared).
func TestGeneratedPlanDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a 3,000-instance plan")
	}
	data := generated(t, 3000)
	reportOf := func(parallel int) []byte {
		t.Helper()
		p, err := plan.Parse("generated.json", data, 0)
		if err != nil {
			t.Fatal(err)
		}
		res, err := linter.Check(context.Background(), []linter.Input{{Plan: p}}, linter.Options{
			Rules: rules.All(), Settings: linter.DefaultSettings(), FailOn: linter.SeverityHigh, Parallel: parallel,
		})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := report.WriteJSON(&buf, res, report.Meta{Version: "test"}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	serial := reportOf(1)
	if !bytes.Contains(serial, []byte(`"rule_id"`)) {
		t.Fatal("the generated plan has no findings: the comparison would prove nothing")
	}
	if parallel := reportOf(8); !bytes.Equal(serial, parallel) {
		t.Error("the reports of a serial and a parallel run differ")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	if oneThread := reportOf(0); !bytes.Equal(serial, oneThread) {
		t.Error("the report with GOMAXPROCS=1 differs from the serial run's")
	}
}
