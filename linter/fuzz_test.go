package linter_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// FuzzCheck loads arbitrary input as a plan and, when it loads, runs every
// rule on it: odd but valid plans must give findings or an error, never a
// panic (a rule panic is a *RuleError, which fails the fuzz target too).
func FuzzCheck(f *testing.F) {
	seeds, _ := filepath.Glob("../examples/plans/*/plan.json")
	more, _ := filepath.Glob("rules/testdata/*/*/plan.json")
	for _, p := range append(seeds, more...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"format_version":"1.0","values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":{"bucket":"x","acl":"public-read"}}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := plan.Load("fuzz.json", bytes.NewReader(data))
		if err != nil {
			return
		}
		if _, err := linter.Run(context.Background(), p, rules.All(), linter.DefaultSettings(), 1); err != nil {
			t.Fatalf("rules failed on a plan that loads: %v", err)
		}
	})
}
