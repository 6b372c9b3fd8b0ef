package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter/cli"
)

// TestEndToEndGuardrails plans srm_* resources with the built provider and
// a real Terraform binary, then lints the insecure example with that plan
// as --guardrails: the waiver suppresses its finding, the locked guardrail
// refuses the other waiver, and findings carry the owner.
func TestEndToEndGuardrails(t *testing.T) {
	tf := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if tf == "" {
		t.Skip("TF_ACC_TERRAFORM_PATH is not set (make test sets it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "terraform-provider-srm"), "../cmd/terraform-provider-srm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the provider: %v\n%s", err, out)
	}
	cfg := filepath.Join(dir, "cfg")
	write(t, filepath.Join(dir, "cli.tfrc"), `provider_installation {
  dev_overrides {
    "srmguard/srm" = "`+bin+`"
  }
}
`)
	write(t, filepath.Join(cfg, "main.tf"), `terraform {
  required_providers {
    srm = { source = "srmguard/srm" }
  }
}

resource "srm_guardrail" "locked" {
  name        = "no-public-write"
  controls    = ["S3.3"]
  enforcement = "locked"
}

resource "srm_control_owner" "s3" {
  service      = "S3"
  control_area = "identity_access_management"
  team         = "team-storage"
}

resource "srm_waiver" "site" {
  rule          = "s3_bucket_public_read"
  resource      = "aws_s3_bucket_policy.site"
  justification = "Static marketing site until WEB-142."
  approver      = "security-review@example.com"
  expires_on    = "2099-01-31"
}

resource "srm_waiver" "logs" {
  rule          = "s3_bucket_public_write"
  resource      = "aws_s3_bucket_acl.*"
  justification = "Vendor uploads logs anonymously."
  approver      = "someone@example.com"
  expires_on    = "2099-01-31"
}
`)
	env := append(os.Environ(), "TF_CLI_CONFIG_FILE="+filepath.Join(dir, "cli.tfrc"), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	run := func(args ...string) []byte {
		cmd := exec.Command(tf, args...)
		cmd.Dir, cmd.Env = cfg, env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %s: %v\n%s", tf, strings.Join(args, " "), err, stderr.String())
		}
		return stdout.Bytes()
	}
	run("plan", "-input=false", "-no-color", "-out=tfplan")
	guardrails := filepath.Join(dir, "guardrails.json")
	write(t, guardrails, string(run("show", "-json", "tfplan")))

	var stdout, stderr bytes.Buffer
	code := cli.Main(context.Background(), []string{"check", "--format", "json", "--guardrails", guardrails, examplePlan(t, "insecure")}, nil, &stdout, &stderr)
	if code != cli.ExitBlocking {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr.String())
	}
	var rep struct {
		Findings []struct {
			RuleID      string `json:"rule_id"`
			Address     string `json:"address"`
			Enforcement string `json:"enforcement"`
			Blocking    bool   `json:"blocking"`
			Note        string `json:"note"`
			Owner       *struct {
				Team string `json:"team"`
			} `json:"owner"`
		} `json:"findings"`
		Suppressed []struct {
			RuleID      string `json:"rule_id"`
			Address     string `json:"address"`
			Suppression struct {
				Kind     string `json:"kind"`
				Approver string `json:"approver"`
			} `json:"suppression"`
		} `json:"suppressed"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Suppressed) != 1 || rep.Suppressed[0].Address != "aws_s3_bucket_policy.site" || rep.Suppressed[0].Suppression.Approver != "security-review@example.com" {
		t.Errorf("suppressed: %+v", rep.Suppressed)
	}
	var lockedSeen bool
	for _, f := range rep.Findings {
		// The owner covers S3's identity_access_management area: the
		// public-access rules.
		if strings.HasPrefix(f.RuleID, "s3_bucket_public") && (f.Owner == nil || f.Owner.Team != "team-storage") {
			t.Errorf("%s %s: owner %+v, want team-storage", f.RuleID, f.Address, f.Owner)
		}
		if f.RuleID == "s3_bucket_public_write" {
			lockedSeen = true
			if f.Enforcement != "locked" || !f.Blocking || !strings.Contains(f.Note, "locked") {
				t.Errorf("public write: %+v", f)
			}
		}
	}
	if !lockedSeen {
		t.Error("the locked guardrail's finding was waived")
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
