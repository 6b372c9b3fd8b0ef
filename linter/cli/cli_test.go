package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite golden files")

const (
	insecure = "../../examples/plans/insecure/plan.json"
	secure   = "../../examples/plans/secure/plan.json"
	governed = "../../examples/plans/governed/plan.json"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"insecure blocks", []string{"check", insecure}, ExitBlocking},
		{"secure passes", []string{"check", secure}, ExitOK},
		{"fail-on none", []string{"check", "--fail-on", "none", insecure}, ExitOK},
		{"fail-on critical still blocks", []string{"check", "--fail-on=critical", insecure}, ExitBlocking},
		{"several inputs", []string{"check", secure, insecure}, ExitBlocking},
		{"no args", []string{"check"}, ExitError},
		{"bad flag", []string{"check", "--nope", secure}, ExitError},
		{"bad fail-on", []string{"check", "--fail-on", "urgent", secure}, ExitError},
		{"bad unknown", []string{"check", "--unknown", "maybe", secure}, ExitError},
		{"bad format", []string{"check", "--format", "yaml", secure}, ExitError},
		{"two formats on stdout", []string{"check", "--format", "text", "--format", "json", secure}, ExitError},
		{"unknown command", []string{"lint"}, ExitError},
		{"explain unknown rule", []string{"explain", "nope"}, ExitError},
		{"rules", []string{"rules"}, ExitOK},
		{"version", []string{"version"}, ExitOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.want, stderr)
			}
		})
	}
}

// TestInputErrors: each bad input exits 2 with one line naming the file and
// the reason.
func TestInputErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	full, err := os.ReadFile(secure)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct{ path, want string }{
		"missing":   {filepath.Join(dir, "nonexistent.json"), "nonexistent.json: cannot read: no such file or directory"},
		"empty":     {write("empty.json", ""), "empty.json: empty input"},
		"object":    {write("obj.json", "{}"), "obj.json: not a Terraform plan or state: no format_version"},
		"truncated": {write("trunc.json", string(full[:len(full)/2])), "trunc.json: truncated JSON"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, name+"-report.json")
			code, stdout, stderr := run(t, "", "check", "--format", "json="+out, tc.path)
			if code != ExitError {
				t.Errorf("exit %d, want 2", code)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "srmlint: ") || !strings.Contains(lines[0], tc.want) {
				t.Errorf("stderr %q, want one line containing %q", stderr, tc.want)
			}
			if stdout != "" {
				t.Errorf("stdout must be empty on error, got %q", stdout)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("report file written on error")
			}
		})
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile(insecure)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := run(t, string(data), "check", "--source", "../../examples/plans/insecure", "-")
	if code != ExitBlocking || !strings.Contains(stdout, "main.tf:") {
		t.Errorf("exit %d, stdout:\n%s", code, stdout)
	}
}

// TestNoSourceNote: a plan linted without its .tf files says what that
// costs; with them it says nothing.
func TestNoSourceNote(t *testing.T) {
	data, err := os.ReadFile(insecure)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, stderr := run(t, "", "check", "--no-config", path); !strings.Contains(stderr, "note: no .tf files in") || !strings.Contains(stderr, "pass --source DIR") {
		t.Errorf("without source, stderr:\n%s", stderr)
	}
	if _, _, stderr := run(t, "", "check", "--no-config", insecure); strings.Contains(stderr, "note:") {
		t.Errorf("with source, stderr:\n%s", stderr)
	}
}

// TestJSONSchema validates the JSON report of both examples against the
// documented schema.
func TestJSONSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("../../docs/srmlint-report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{insecure, secure, governed} {
		_, stdout, stderr := run(t, "", "check", "--format", "json", in)
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
		if err != nil {
			t.Fatalf("%s: not JSON: %v\n%s", in, err, stderr)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: %v", in, err)
		}
	}
	var rep struct {
		Findings []struct {
			RuleID   string              `json:"rule_id"`
			Controls map[string][]string `json:"controls"`
			File     *string             `json:"file"`
			Line     *int                `json:"line"`
		} `json:"findings"`
	}
	_, stdout, _ := run(t, "", "check", "--format", "json", insecure)
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 {
		t.Fatal("no findings for the insecure example")
	}
	for _, f := range rep.Findings {
		if f.File == nil || f.Line == nil || len(f.Controls) == 0 {
			t.Errorf("%s: want file, line and controls", f.RuleID)
		}
	}
}

// TestGolden compares the text and JSON reports of the examples with golden
// files (go test ./linter/cli -update rewrites them).
func TestGolden(t *testing.T) {
	for _, tc := range []struct{ name, in, format string }{
		{"insecure.txt", insecure, "text"},
		{"insecure.json", insecure, "json"},
		{"secure.txt", secure, "text"},
		{"governed.txt", governed, "text"},
		{"governed.json", governed, "json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stdout, _ := run(t, "", "check", "--format", tc.format, tc.in)
			golden := filepath.Join("testdata", tc.name)
			if *update {
				if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if stdout != string(want) {
				t.Errorf("output differs from %s (run go test ./linter/cli -update):\n%s", golden, stdout)
			}
		})
	}
}

func TestExplainAndRules(t *testing.T) {
	code, stdout, _ := run(t, "", "explain", "s3_bucket_public_access_block")
	if code != 0 || !strings.Contains(stdout, "S3.8") || !strings.Contains(stdout, "aws_s3_bucket_public_access_block") {
		t.Errorf("explain: %d\n%s", code, stdout)
	}
	_, stdout, _ = run(t, "", "rules", "--format", "json")
	var rs []map[string]any
	if err := json.Unmarshal([]byte(stdout), &rs); err != nil || len(rs) == 0 {
		t.Errorf("rules json: %v", err)
	}
}

// TestMultipleOutputs: one run writes text to stdout and JSON to a file.
func TestMultipleOutputs(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.json")
	code, stdout, _ := run(t, "", "check", "--format", "text", "--format", "json="+out, insecure)
	if code != ExitBlocking || !strings.Contains(stdout, "FAIL") {
		t.Errorf("exit %d stdout %s", code, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !json.Valid(data) {
		t.Errorf("json file: %v", err)
	}
}

// TestOutputToSpecialFile: a report written to a named pipe (as to
// /dev/stdout or /dev/null) goes through it; the pipe is not replaced by a
// regular file.
func TestOutputToSpecialFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "report.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan []byte)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- data
	}()
	code, _, stderr := run(t, "", "check", "--format", "json="+fifo, insecure)
	if code != ExitBlocking {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if st, err := os.Stat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("%s is no longer a named pipe: %v", fifo, err)
	}
	if data := <-got; !json.Valid(data) || !bytes.Contains(data, []byte(`"findings"`)) {
		t.Errorf("the pipe carried %d bytes, not the JSON report", len(data))
	}
}
