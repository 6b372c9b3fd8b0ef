package cli

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyExample copies an example's main.tf and plan.json into a temporary
// directory (the plan is unchanged; tests may edit the .tf around it).
func copyExample(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"main.tf", "plan.json"} {
		data, err := os.ReadFile(filepath.Join("../../examples/plans", name, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOneRunManyFormats: text to stdout, SARIF, JUnit and markdown to files.
func TestOneRunManyFormats(t *testing.T) {
	dir := t.TempDir()
	sarif, junit, md := filepath.Join(dir, "r.sarif"), filepath.Join(dir, "r.xml"), filepath.Join(dir, "comment.md")
	code, stdout, stderr := run(t, "", "check", "--no-config", "--format", "text", "--format", "sarif="+sarif, "--format", "junit="+junit, "--format", "markdown="+md, insecure)
	if code != ExitBlocking || !strings.Contains(stdout, "FAIL: 4 blocking") {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	var s map[string]any
	if data, err := os.ReadFile(sarif); err != nil || json.Unmarshal(data, &s) != nil || s["version"] != "2.1.0" {
		t.Errorf("sarif: %v", err)
	}
	var x struct {
		Failures int `xml:"failures,attr"`
	}
	if data, err := os.ReadFile(junit); err != nil || xml.Unmarshal(data, &x) != nil || x.Failures != 4 {
		t.Errorf("junit: %v %+v", err, x)
	}
	if data, err := os.ReadFile(md); err != nil || !strings.HasPrefix(string(data), "## srmlint: :x: 4 blocking findings") {
		t.Errorf("markdown: %v %.80s", err, data)
	}
}

func TestConfigFile(t *testing.T) {
	dir := copyExample(t, "insecure")
	cfg := filepath.Join(dir, ".srmlint.hcl")
	writeFile(t, cfg, `
fail_on = "critical"

rule "s3_bucket_public_write" {
  enabled = false
}

rule "s3_bucket_public_access_block" {
  severity = "critical"
}

owner {
  service = "S3"
  team    = "team-storage"
}
`)
	plan := filepath.Join(dir, "plan.json")
	code, stdout, stderr := run(t, "", "check", "--config", cfg, "--format", "json", plan)
	if code != ExitBlocking {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		FailOn   string `json:"fail_on"`
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Severity string `json:"severity"`
			Owner    *struct{ Team string }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.FailOn != "critical" || len(rep.Findings) == 0 {
		t.Fatalf("fail_on %s, %d findings", rep.FailOn, len(rep.Findings))
	}
	for _, f := range rep.Findings {
		if f.RuleID == "s3_bucket_public_write" {
			t.Error("a disabled rule ran")
		}
		if f.RuleID == "s3_bucket_public_access_block" && f.Severity != "critical" {
			t.Errorf("severity override: %s", f.Severity)
		}
		if f.Owner == nil || f.Owner.Team != "team-storage" {
			t.Errorf("owner from config: %+v", f.Owner)
		}
	}
	// a flag wins over the file
	if code, _, _ := run(t, "", "check", "--config", cfg, "--fail-on", "none", plan); code != ExitOK {
		t.Errorf("--fail-on none: exit %d", code)
	}
}

// TestConfigErrors: a syntax error, an unknown rule ID and an expired waiver
// each give a clear message with the file, line and column.
func TestConfigErrors(t *testing.T) {
	dir := copyExample(t, "insecure")
	cfg := filepath.Join(dir, "bad.hcl")
	plan := filepath.Join(dir, "plan.json")
	for src, want := range map[string]string{
		"fail_on = \"high\n":                    "bad.hcl:1,16: Unterminated template string",
		"rule \"s3_bucket_public_reed\" {\n}\n": `bad.hcl:1,6: Unknown rule: "s3_bucket_public_reed" is not an srmlint rule. Did you mean "s3_bucket_public_read"?`,
	} {
		writeFile(t, cfg, src)
		code, _, stderr := run(t, "", "check", "--config", cfg, plan)
		if code != ExitError || !strings.Contains(stderr, want) {
			t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
		}
	}
	writeFile(t, cfg, `waiver {
  rule          = "s3_bucket_public_read"
  resource      = "aws_s3_bucket_policy.site"
  justification = "Public site for the launch."
  approver      = "security@example.com"
  expires_on    = "2020-01-31"
}
`)
	code, stdout, stderr := run(t, "", "check", "--config", cfg, plan)
	if code != ExitBlocking || !strings.Contains(stderr, "bad.hcl:1: waiver for s3_bucket_public_read on aws_s3_bucket_policy.site (approved by security@example.com) expired on 2020-01-31") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "Expired waivers (1)") || !strings.Contains(stdout, "expired on 2020-01-31") {
		t.Errorf("the report must list the expired waiver:\n%s", stdout)
	}
}

func TestInlineIgnore(t *testing.T) {
	dir := copyExample(t, "insecure")
	tf := filepath.Join(dir, "main.tf")
	src, _ := os.ReadFile(tf)
	withIgnore := strings.Replace(string(src), `resource "aws_s3_bucket_policy" "site" {`,
		"# srmlint:ignore s3_bucket_public_read public website, approved in SEC-42\nresource \"aws_s3_bucket_policy\" \"site\" {", 1)
	writeFile(t, tf, withIgnore)
	code, stdout, _ := run(t, "", "check", "--no-config", "--format", "json", filepath.Join(dir, "plan.json"))
	if code != ExitBlocking || !strings.Contains(stdout, `"kind": "inline"`) || !strings.Contains(stdout, "SEC-42") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	// a reason is required; an unknown rule is an error; so is a comment
	// that is not attached to a resource block
	block := `resource "aws_s3_bucket_policy" "site" {`
	line := strings.Count(string(src[:strings.Index(string(src), block)]), "\n") + 1
	for comment, want := range map[string]string{
		"# srmlint:ignore s3_bucket_public_read\n" + block:         fmt.Sprintf("main.tf:%d: srmlint:ignore for s3_bucket_public_read has no reason", line),
		"# srmlint:ignore s3_public_read because I said\n" + block: fmt.Sprintf(`main.tf:%d: srmlint:ignore names unknown rule "s3_public_read"`, line),
		"# srmlint:ignore s3_bucket_public_read lost\n\n" + block:  fmt.Sprintf("main.tf:%d: srmlint:ignore is not on the lines directly above a resource block", line),
	} {
		writeFile(t, tf, strings.Replace(string(src), block, comment, 1))
		code, _, stderr := run(t, "", "check", "--no-config", filepath.Join(dir, "plan.json"))
		if code != ExitError || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, stderr %q", comment, code, stderr)
		}
	}
}

// TestBaseline: after `srmlint baseline`, only new findings block.
func TestBaseline(t *testing.T) {
	dir := copyExample(t, "insecure")
	base := filepath.Join(dir, "baseline.json")
	plan := filepath.Join(dir, "plan.json")
	_, report, _ := run(t, "", "check", "--no-config", "--format", "json", plan)
	var rep struct {
		Summary struct{ Findings, Suppressed int }
	}
	if err := json.Unmarshal([]byte(report), &rep); err != nil {
		t.Fatal(err)
	}
	all := rep.Summary.Findings + rep.Summary.Suppressed
	code, stdout, stderr := run(t, "", "baseline", "--no-config", "--output", base, plan)
	if code != ExitOK || !strings.Contains(stdout, fmt.Sprintf("Recorded %d findings", all)) {
		t.Fatalf("baseline: exit %d %s %s", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "", "check", "--no-config", "--baseline-file", base, "--format", "json", plan)
	if code != ExitOK || !strings.Contains(stdout, fmt.Sprintf(`"suppressed": %d`, all)) || !strings.Contains(stdout, `"kind": "baseline"`) {
		t.Errorf("check with baseline: exit %d\n%s", code, stdout)
	}
	// the governed example has findings the baseline does not know
	code, _, _ = run(t, "", "check", "--no-config", "--baseline-file", base, governed)
	if code != ExitBlocking {
		t.Errorf("new findings must block: exit %d", code)
	}
	writeFile(t, base, `{"version": 2, "findings": []}`)
	if code, _, stderr := run(t, "", "check", "--no-config", "--baseline-file", base, plan); code != ExitError || !strings.Contains(stderr, "unsupported baseline version 2") {
		t.Errorf("bad baseline: exit %d %s", code, stderr)
	}
}

func TestConfigValidate(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.hcl")
	writeFile(t, good, "fail_on = \"medium\"\n\nwaiver {\n  rule          = \"s3_bucket_public_read\"\n  resource      = \"aws_s3_bucket_policy.site\"\n  justification = \"Public site for the launch.\"\n  approver      = \"sec\"\n  expires_on    = \"2020-01-31\"\n}\n")
	code, stdout, _ := run(t, "", "config", "validate", good)
	if code != ExitOK || !strings.Contains(stdout, "good.hcl: valid (0 rules off, 0 re-rated, 0 guardrails, 0 owners, 1 waivers)") || !strings.Contains(stdout, "good.hcl:3: waiver for s3_bucket_public_read on aws_s3_bucket_policy.site expired on 2020-01-31") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	bad := filepath.Join(dir, "bad.hcl")
	writeFile(t, bad, "rule \"nope\" {}\n")
	if code, _, stderr := run(t, "", "config", "validate", bad); code != ExitError || !strings.Contains(stderr, `bad.hcl:1,6: Unknown rule: "nope"`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
