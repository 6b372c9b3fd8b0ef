package linter_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
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
