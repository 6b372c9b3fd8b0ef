package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// FuzzSARIF writes findings with arbitrary text into SARIF: the output is
// always valid JSON with one result per finding.
func FuzzSARIF(f *testing.F) {
	f.Add("aws_s3_bucket.b", "acl", "Bucket is public: \"x\" <y> & \u2028", "main.tf", 3)
	f.Add("module.m[\"k\"].a.b", "", "\x00\xff", "../x y/z.tf", 0)
	rule := rules.All()[0]
	f.Fuzz(func(t *testing.T, addr, attr, msg, file string, line int) {
		fd := linter.Finding{Rule: rule, RuleID: rule.ID, Severity: rule.Severity, Address: addr, Attribute: attr, Message: msg}
		if line > 0 {
			fd.Location = &source.Location{File: file, Line: line, Column: 1, EndLine: line, EndColumn: 2}
		}
		res := &linter.Result{Rules: rules.All(), Findings: []linter.Finding{fd}}
		var b bytes.Buffer
		if _, err := WriteSARIF(&b, res, Meta{Version: "fuzz"}); err != nil {
			t.Fatal(err)
		}
		var log struct {
			Runs []struct {
				Results []json.RawMessage `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(b.Bytes(), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
			t.Fatalf("invalid SARIF (%v):\n%s", err, b.String())
		}
	})
}
