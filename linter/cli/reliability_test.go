package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the tests run this package's Main as a separate process
// (for network isolation) by re-executing the test binary.
func TestMain(m *testing.M) {
	if os.Getenv("SRMLINT_AS_MAIN") == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestBadInputs: each class of bad input exits 2 with a one-line reason
// naming the file, or (for inputs that are valid after all) lints
// correctly; never a panic, never a partial report file. docs/input-errors.md
// lists these classes.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plan, err := os.ReadFile(insecure)
	if err != nil {
		t.Fatal(err)
	}
	state := []byte(`{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{"resources":[{"address":"aws_s3_bucket_acl.a","mode":"managed","type":"aws_s3_bucket_acl","name":"a","values":{"bucket":"b","acl":"public-read-write"}}]}}}`)
	deep := []byte(`{"format_version":"1.2","planned_values":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`)
	cases := []struct {
		name, file string
		code       int
		want       string
	}{
		{"empty", write("empty.json", nil), ExitError, "empty input"},
		{"whitespace", write("blank.json", []byte(" \n\t\n")), ExitError, "only whitespace"},
		{"null", write("null.json", []byte("null")), ExitError, "JSON null"},
		{"array", write("array.json", []byte("[]")), ExitError, "JSON array"},
		{"not json", write("main.tf", []byte(`resource "x" "y" {}`)), ExitError, "is not JSON"},
		{"no format_version", write("obj.json", []byte(`{"resource_changes":[]}`)), ExitError, "no format_version"},
		{"future format", write("future-format-handedited.json", bytes.Replace(plan, []byte(`"format_version": "1.2"`), []byte(`"format_version": "2.0"`), 1)), ExitError, `unsupported plan format_version "2.0"`},
		{"truncated", write("truncated.json", plan[:len(plan)*2/3]), ExitError, "truncated JSON"},
		{"invalid utf-8", write("latin1-handedited.json", bytes.Replace(plan, []byte("srm-example-insecure-site"), []byte("srm-example-insecure-s\xe9te"), 1)), ExitError, "invalid UTF-8"},
		{"deep nesting", write("deep.json", deep), ExitError, "nested more than 1000 levels deep"},
		{"duplicate keys", write("dupkeys-handedited.json", bytes.Replace(plan, []byte(`"resource_changes": [`), []byte(`"resource_changes": [], "resource_changes": [`), 1)), ExitError, `duplicate object key "resource_changes"`},
		{"number for string", write("types-handedited.json", bytes.Replace(plan, []byte(`"type": "aws_s3_bucket_acl"`), []byte(`"type": 42`), 1)), ExitError, "must be a string"},
		{"state where a plan is usual", write("state.json", state), ExitBlocking, ""},
		{"plan from OpenTofu", "testdata/opentofu/plan.json", ExitBlocking, ""},
		{"binary garbage", write("garbage.bin", []byte{0x00, 0x01, 0xfe, 0xff, 0x13}), ExitError, "is not JSON"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".report.json")
			code, stdout, stderr := run(t, "", "check", "--no-config", "--source", dir, "--format", "text", "--format", "json="+out, tc.file)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
			if tc.code == ExitError {
				line := strings.TrimSpace(stderr)
				if strings.Count(line, "\n") > 0 || !strings.Contains(line, filepath.Base(tc.file)) || !strings.Contains(line, tc.want) {
					t.Errorf("stderr %q: want one line naming %s and containing %q", stderr, filepath.Base(tc.file), tc.want)
				}
				if stdout != "" {
					t.Errorf("stdout on error: %q", stdout)
				}
				if _, err := os.Stat(out); !os.IsNotExist(err) {
					t.Error("a report file was written for a bad input")
				}
			} else if _, err := os.Stat(out); err != nil {
				t.Errorf("no report: %v", err)
			}
		})
	}
}

// TestTruncatedAtManyOffsets cuts a real plan at many places: every cut is
// an input error, none is a pass.
func TestTruncatedAtManyOffsets(t *testing.T) {
	data, err := os.ReadFile(insecure)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "cut.json")
	for cut := 1; cut < len(data)-2; cut += 97 {
		if err := os.WriteFile(p, data[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := run(t, "", "check", "--no-config", p); code != ExitError {
			t.Fatalf("cut at %d: exit %d, stderr %q", cut, code, stderr)
		}
	}
}

// TestSourceTreeErrors: an unreadable source tree never lets the check pass.
func TestSourceTreeErrors(t *testing.T) {
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "main.tf"), []byte("resource \"a\" \"b\" {\n  x = \n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	loop := t.TempDir()
	if err := os.Symlink(filepath.Join(loop, "b.tf"), filepath.Join(loop, "a.tf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(loop, "a.tf"), filepath.Join(loop, "b.tf")); err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{broken: "main.tf:2,7: Invalid expression", loop: "too many levels of symbolic links"} {
		code, _, stderr := run(t, "", "check", "--no-config", "--source", dir, secure)
		if code != ExitError || !strings.Contains(stderr, want) {
			t.Errorf("exit %d, stderr %q, want %q", code, stderr, want)
		}
	}
}

func TestTimeout(t *testing.T) {
	code, _, stderr := run(t, "", "check", "--no-config", "--timeout", "1ns", insecure)
	if code != ExitError || !strings.Contains(stderr, "timed out after 1ns") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestSecretsNeverPrinted plants secrets in a real plan (a sensitive
// variable used as a bucket name that findings mention, a database
// password, a secret string, a secret header in a CloudFront origin) and
// checks every output format.
func TestSecretsNeverPrinted(t *testing.T) {
	plan := "testdata/secrets/plan.json"
	raw, err := os.ReadFile(plan)
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{"srm-secret-bucket-7c1e9a", "hunter2-db-password-31c7", "s3cr3t-string-9f2d41", "origin-verify-5e2b8d"}
	for _, s := range secrets {
		if !bytes.Contains(raw, []byte(s)) {
			t.Fatalf("fixture lost its secret %q", s)
		}
	}
	dir := t.TempDir()
	var args []string
	for _, f := range formats {
		args = append(args, "--format", f+"="+filepath.Join(dir, "out."+f))
	}
	code, stdout, stderr := run(t, "", append(append([]string{"check", "--no-config", "--fail-on", "low"}, args...), plan)...)
	if code != ExitBlocking {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	outputs := map[string]string{"stdout": stdout, "stderr": stderr}
	for _, f := range formats {
		data, err := os.ReadFile(filepath.Join(dir, "out."+f))
		if err != nil {
			t.Fatal(err)
		}
		outputs[f] = string(data)
	}
	_, outputs["explain"], _ = run(t, "", "explain", "s3_bucket_public_read")
	for name, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s output contains the secret %q", name, s)
			}
		}
	}
	if !strings.Contains(outputs["text"], `("(sensitive)")`) {
		t.Error("the finding about the secretly named bucket should show (sensitive)")
	}
	// The site bucket's name is also the ID of a CloudFront origin that a
	// secret header makes sensitive as a whole; the plan shows the name
	// unmarked on the bucket, so it is no secret.
	if !strings.Contains(outputs["text"], `("srm-fixture-site-3a7f")`) {
		t.Error("the site bucket's name should be shown, not redacted")
	}
}

// TestNoNetwork runs a check with the network unreachable: in a new network
// namespace when unshare works, and with proxies pointing nowhere.
func TestNoNetwork(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	argv := []string{self, "check", "--no-config", "--format", "json", insecure}
	if p, err := exec.LookPath("unshare"); err == nil && exec.Command(p, "-rn", "true").Run() == nil {
		argv = append([]string{p, "-rn"}, argv...)
	} else {
		t.Log("unshare -rn is not available; relying on dead proxies only")
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "SRMLINT_AS_MAIN=1", "HTTP_PROXY=http://127.0.0.1:9", "HTTPS_PROXY=http://127.0.0.1:9", "NO_PROXY=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != ExitBlocking {
		t.Fatalf("got %v; stderr: %s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"blocking": 4`) {
		t.Errorf("unexpected report: %.300s", stdout.String())
	}
}

// TestBinaryPlansFromOtherVersions: a binary plan written by another
// Terraform or OpenTofu version cannot be converted; that is an input error
// naming the file, unless the converting CLI is the one that wrote it.
func TestBinaryPlansFromOtherVersions(t *testing.T) {
	tf := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if tf == "" {
		t.Skip("TF_ACC_TERRAFORM_PATH is not set (make test sets it)")
	}
	out, err := exec.Command(tf, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	version := string(out)
	dir := t.TempDir()
	for _, f := range []string{"main.tf", "opentofu-1.10.6.tfplan", "terraform-1.99.0-handedited.tfplan"} {
		data, err := os.ReadFile(filepath.Join("testdata/binary", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	initCmd := exec.Command(tf, "init", "-input=false")
	initCmd.Dir = dir
	if out, err := initCmd.CombinedOutput(); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { _ = os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	for _, plan := range []string{"opentofu-1.10.6.tfplan", "terraform-1.99.0-handedited.tfplan"} {
		code, _, stderr := run(t, "", "check", "--no-config", "--terraform", tf, plan)
		readable := plan == "opentofu-1.10.6.tfplan" && strings.HasPrefix(version, "OpenTofu v1.10.6")
		switch {
		case readable && code != ExitOK:
			t.Errorf("%s with %s: exit %d, stderr %q", plan, tf, code, stderr)
		case !readable && (code != ExitError || !strings.Contains(stderr, plan+": `") || !strings.Contains(stderr, "show -json` failed")):
			t.Errorf("%s with %s: exit %d, stderr %q", plan, tf, code, stderr)
		}
	}
}
