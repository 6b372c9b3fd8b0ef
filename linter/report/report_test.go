package report

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

var update = flag.Bool("update", false, "rewrite golden files")

var meta = Meta{Version: "1.2.3"}

// result checks a shipped example as the CLI does, with a fixed day. The
// "account" case checks the insecure example as the account baseline, so
// that the reports show findings about resources the account lacks.
func result(t *testing.T, example string) *linter.Result {
	t.Helper()
	settings := linter.DefaultSettings()
	if example == "account" {
		example, settings.Baseline = "insecure", true
	}
	dir := filepath.Join("..", "..", "examples", "plans", example)
	p, err := plan.LoadFile(context.Background(), filepath.Join(dir, "plan.json"), nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := source.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := linter.Check(context.Background(), []linter.Input{{Plan: p, Source: ix}}, linter.Options{
		Rules: rules.All(), Settings: settings, FailOn: linter.SeverityHigh, Unknown: linter.UnknownWarn,
		Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

var writers = map[string]func(*bytes.Buffer, *linter.Result) error{
	"txt":             func(b *bytes.Buffer, r *linter.Result) error { return WriteText(b, r, TextOptions{}) },
	"json":            func(b *bytes.Buffer, r *linter.Result) error { return WriteJSON(b, r, meta) },
	"sarif":           func(b *bytes.Buffer, r *linter.Result) error { _, err := WriteSARIF(b, r, meta); return err },
	"junit.xml":       func(b *bytes.Buffer, r *linter.Result) error { return WriteJUnit(b, r) },
	"github":          func(b *bytes.Buffer, r *linter.Result) error { return WriteGitHub(b, r) },
	"md":              func(b *bytes.Buffer, r *linter.Result) error { return WriteMarkdown(b, r, meta) },
	"gitlab.json":     func(b *bytes.Buffer, r *linter.Result) error { return WriteGitLab(b, r) },
	"compliance.md":   func(b *bytes.Buffer, r *linter.Result) error { return WriteComplianceMarkdown(b, r, meta) },
	"compliance.json": func(b *bytes.Buffer, r *linter.Result) error { return WriteComplianceJSON(b, r, meta) },
}

// TestGolden renders every format for the insecure, secure and governed
// examples and the account baseline case, and compares with testdata/golden
// (go test -update rewrites).
func TestGolden(t *testing.T) {
	for _, example := range []string{"insecure", "secure", "governed", "account"} {
		res := result(t, example)
		for ext, write := range writers {
			name := example + "." + ext
			t.Run(name, func(t *testing.T) {
				var b bytes.Buffer
				if err := write(&b, res); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", "golden", name)
				if *update {
					if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(b.Bytes(), want) {
					t.Errorf("output differs from %s (go test ./linter/report -update):\n%s", golden, b.String())
				}
			})
		}
	}
}

// TestSARIFSchema validates every SARIF golden file against the OASIS
// SARIF 2.1.0 schema and checks what GitHub code scanning needs.
func TestSARIFSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/golden/*.sarif")
	if len(files) != 4 {
		t.Fatalf("want 4 SARIF goldens, have %d", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		var log struct {
			Runs []struct {
				Tool struct {
					Driver struct {
						Rules []struct {
							ID               string `json:"id"`
							ShortDescription struct{ Text string }
							FullDescription  struct{ Text string }
							Help             struct{ Text, Markdown string }
							HelpURI          string `json:"helpUri"`
							Properties       map[string]any
						}
					}
				}
				Results *[]struct {
					RuleID              string `json:"ruleId"`
					RuleIndex           int    `json:"ruleIndex"`
					Locations           []json.RawMessage
					PartialFingerprints map[string]string `json:"partialFingerprints"`
				}
			}
		}
		if err := json.Unmarshal(data, &log); err != nil {
			t.Fatal(err)
		}
		run := log.Runs[0]
		if len(run.Tool.Driver.Rules) != len(rules.All()) {
			t.Errorf("%s: %d rules, want every enabled rule (%d)", f, len(run.Tool.Driver.Rules), len(rules.All()))
		}
		for _, r := range run.Tool.Driver.Rules {
			if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Markdown == "" || r.HelpURI == "" || r.Properties["security-severity"] == nil {
				t.Errorf("%s: rule %s lacks what GitHub shows", f, r.ID)
			}
		}
		if run.Results == nil {
			t.Fatalf("%s: results must be present, even when empty", f)
		}
		for _, r := range *run.Results {
			if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID || len(r.Locations) != 1 || r.PartialFingerprints[fingerprintKey] == "" {
				t.Errorf("%s: result %s: index, one location and a fingerprint are required", f, r.RuleID)
			}
		}
	}
}

// TestFingerprintStable: moving the resource does not change the
// fingerprint; renaming it does.
func TestFingerprintStable(t *testing.T) {
	f := linter.Finding{RuleID: "s3_bucket_public_read", Address: "aws_s3_bucket_acl.logs", Attribute: "acl", Message: "x", Location: &source.Location{Line: 10}}
	g := f
	g.Location = &source.Location{Line: 99}
	g.Message = "reworded"
	if f.Fingerprint() != g.Fingerprint() {
		t.Error("fingerprint depends on the line or message")
	}
	g.Address = "aws_s3_bucket_acl.other"
	if f.Fingerprint() == g.Fingerprint() {
		t.Error("fingerprint ignores the address")
	}
}

func TestJUnitIsXML(t *testing.T) {
	var b bytes.Buffer
	res := result(t, "governed")
	if err := WriteJUnit(&b, res); err != nil {
		t.Fatal(err)
	}
	var v junitSuites
	if err := xml.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	// one failing case per rule and resource with a blocking finding
	failing := map[string]bool{}
	for _, f := range res.Findings {
		if f.Blocking {
			failing[f.RuleID+" "+f.Address] = true
		}
	}
	if v.Failures != len(failing) || v.Skipped != len(res.Suppressed) || len(v.Suites) != len(rules.All()) {
		t.Errorf("tests %d failures %d skipped %d, want %d failures, %d skipped, %d suites", v.Tests, v.Failures, v.Skipped, len(failing), len(res.Suppressed), len(rules.All()))
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got := ghData("50% done\nnext"); got != "50%25 done%0Anext" {
		t.Errorf("ghData: %q", got)
	}
	if got := ghProperty("a:b,c"); got != "a%3Ab%2Cc" {
		t.Errorf("ghProperty: %q", got)
	}
}

// TestMarkdownLimit: however many findings, the PR comment stays under
// GitHub's comment size limit and says how many rows it left out.
func TestMarkdownLimit(t *testing.T) {
	base := result(t, "insecure")
	res := *base
	res.Findings = nil
	for i := 0; i < 5000; i++ {
		f := base.Findings[i%len(base.Findings)]
		f.Address = fmt.Sprintf("module.m[%d].%s", i, f.Address)
		f.Message = strings.Repeat("long message ", 20)
		res.Findings = append(res.Findings, f)
	}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, &res, meta); err != nil {
		t.Fatal(err)
	}
	if b.Len() > MarkdownLimit {
		t.Errorf("%d characters, limit %d", b.Len(), MarkdownLimit)
	}
	if !strings.Contains(b.String(), "more (see the full report)") {
		t.Error("the comment must say that rows were left out")
	}
}

// TestCompliance: a control is failed, waived, passed or not checked.
func TestCompliance(t *testing.T) {
	fws := Compliance(result(t, "governed"))
	status := map[string]string{}
	for _, fw := range fws {
		for _, c := range fw.Controls {
			status[fw.Key+" "+c.ID] = c.Status
		}
	}
	for k, want := range map[string]string{
		"fsbp S3.3":           StatusFailed,     // public-read-write ACL
		"fsbp S3.1":           StatusPassed,     // no account block in the plan
		"fsbp IAM.4":          StatusNotChecked, // root access keys: not in a plan
		"cis_v3.0.0 2.1.4":    StatusFailed,     // S3.8 via s3_bucket_public_access_block
		"nist_800_53_r5 AC-3": StatusFailed,
	} {
		if status[k] != want {
			t.Errorf("%s: %q, want %q", k, status[k], want)
		}
	}
}

// TestJSONStreamedLayout: the streamed report is laid out exactly as
// encoding/json indents it, with every list filled or empty.
func TestJSONStreamedLayout(t *testing.T) {
	full := result(t, "governed")
	full.ExpiredWaivers = []linter.Waiver{
		{Rule: "s3_versioning", Resource: "aws_s3_bucket.a", Justification: "migration <done>", Approver: "sec", ExpiresOn: time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), Source: "srm_waiver.x"},
		{Rule: "kms_rotation", Resource: "*", ExpiresOn: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)},
	}
	for name, res := range map[string]*linter.Result{"empty": {}, "full": full} {
		var out, compact, want bytes.Buffer
		if err := WriteJSON(&out, res, meta); err != nil {
			t.Fatal(err)
		}
		if err := json.Compact(&compact, out.Bytes()); err != nil {
			t.Fatalf("%s: not JSON: %v", name, err)
		}
		json.Indent(&want, compact.Bytes(), "", "  ")
		want.WriteByte('\n')
		if d := cmp.Diff(want.String(), out.String()); d != "" {
			t.Errorf("%s: layout differs from encoding/json's (-want +got):\n%s", name, d)
		}
		if name == "full" && (len(res.Findings) == 0 || len(res.Suppressed) == 0 || !strings.Contains(out.String(), `"migration <done>"`)) {
			t.Errorf("full: the report lacks findings, suppressed findings or waivers")
		}
	}
}
