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

// TestBinaryPlan converts a real binary plan file with the Terraform CLI
// (TF_ACC_TERRAFORM_PATH, which `make test` sets) and says which binary it
// used.
func TestBinaryPlan(t *testing.T) {
	tf := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if tf == "" {
		t.Skip("TF_ACC_TERRAFORM_PATH is not set (make test sets it)")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte("resource \"terraform_data\" \"x\" {\n  input = \"hello\"\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"init", "-input=false"}, {"plan", "-input=false", "-out=tfplan"}} {
		cmd := exec.Command(tf, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s %v: %v\n%s", tf, args, err, out)
		}
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { _ = os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"check", "--terraform", tf, "--format", "json", "tfplan"}, nil, &stdout, &stderr)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "tfplan: binary plan file, converting with `"+tf+" show -json`") {
		t.Errorf("stderr does not say which binary converted the plan: %q", stderr.String())
	}
	if !strings.Contains(stdout.String(), `"converted_with": "`+tf+`"`) || !strings.Contains(stdout.String(), `"resources": 1`) {
		t.Errorf("report:\n%s", stdout.String())
	}
	// a binary file that is not a plan: terraform's own error, exit 2
	if err := os.WriteFile("broken", []byte("PK\x03\x04garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := Main(context.Background(), []string{"check", "--terraform", tf, "broken"}, nil, &stdout, &stderr); code != ExitError || !strings.Contains(stderr.String(), "broken: `") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
