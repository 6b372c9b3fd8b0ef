package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

const valid = `
fail_on            = "medium"
unknown            = "fail"
classification_tag = "Sensitivity"
baseline_file      = "baseline.json"
account_baseline   = ["live/*/account"]

rule "s3_bucket_public_access_block" {
  severity = "critical"
}

rule "s3_account_public_access_block" {
  enabled = false
}

guardrail "no-public" {
  controls    = ["S3.2", "cis_v3.0.0:2.1.4"]
  enforcement = "locked"
  scope {
    modules        = ["module.data*"]
    resource_types = ["aws_s3_*"]
    tags           = { Environment = "prod" }
  }
}

owner {
  service      = "S3"
  control_area = "encryption_at_rest"
  team         = "team-data"
  runbook_url  = "https://runbooks.example.com/s3"
}

waiver {
  rule          = "s3_bucket_public_read"
  resource      = "module.site.aws_s3_bucket_policy.*"
  justification = "Public marketing site until WEB-142."
  approver      = "security@example.com"
  expires_on    = "2026-01-31"
}
`

func TestParseValid(t *testing.T) {
	c, err := Parse("/repo/.srmlint.hcl", []byte(valid), rules.All())
	if err != nil {
		t.Fatal(err)
	}
	if *c.FailOn != linter.SeverityMedium || *c.Unknown != linter.UnknownFail || c.ClassificationTag != "Sensitivity" {
		t.Errorf("settings: %+v", c)
	}
	if c.BaselineFile != "/repo/baseline.json" || len(c.AccountBaseline) != 1 {
		t.Errorf("baseline_file %q account_baseline %v", c.BaselineFile, c.AccountBaseline)
	}
	if c.Severity["s3_bucket_public_access_block"] != linter.SeverityCritical || !c.Disabled["s3_account_public_access_block"] {
		t.Errorf("rules: %v %v", c.Severity, c.Disabled)
	}
	g := c.Governance
	if len(g.Guardrails) != 1 || g.Guardrails[0].Enforcement != linter.Locked || g.Guardrails[0].Scope.Tags["Environment"] != "prod" || g.Guardrails[0].Source != "/repo/.srmlint.hcl:16" {
		t.Errorf("guardrails: %+v", g.Guardrails)
	}
	if len(g.Owners) != 1 || g.Owners[0].Team != "team-data" || len(g.Waivers) != 1 || !g.Waivers[0].ExpiresOn.Equal(time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("owners %+v waivers %+v", g.Owners, g.Waivers)
	}
}

// TestErrorsHavePositions: every problem names the file, line and column.
func TestErrorsHavePositions(t *testing.T) {
	tests := map[string]struct{ src, want string }{
		"syntax":           {"fail_on = \n", `cfg.hcl:1,11: Invalid expression`},
		"unknown rule":     {"rule \"s3_bucket_public_raed\" {\n}\n", `cfg.hcl:1,6: Unknown rule: "s3_bucket_public_raed" is not an srmlint rule. Did you mean "s3_bucket_public_read"?`},
		"unknown attr":     {"fail_onn = \"high\"\n", `cfg.hcl:1,1: Unsupported argument`},
		"bad severity":     {"fail_on = \"urgent\"\n", `cfg.hcl:1,11: Invalid fail_on`},
		"wrong type":       {"fail_on = 3\n", `cfg.hcl:1,11: Invalid value: fail_on must be a string`},
		"variables":        {"fail_on = var.x\n", `cfg.hcl:1,11: Variables not allowed`},
		"guardrail rule":   {"guardrail \"g\" {\n  rules = [\"nope\"]\n}\n", `cfg.hcl:2,11: Unknown rule`},
		"guardrail ctrl":   {"guardrail \"g\" {\n  controls = [\"S3.99\"]\n}\n", `cfg.hcl:1,1: Invalid guardrail: guardrail "g": unknown control "S3.99"`},
		"enforcement":      {"guardrail \"g\" {\n  enforcement = \"strict\"\n}\n", `cfg.hcl:2,17: Invalid enforcement`},
		"owner service":    {"owner {\n  service = \"S4\"\n  team = \"t\"\n}\n", `cfg.hcl:2,13: Unknown service`},
		"owner no team":    {"owner {\n  service = \"S3\"\n}\n", `cfg.hcl:1,7: Missing required argument`},
		"waiver date":      {"waiver {\n  rule = \"s3_bucket_public_read\"\n  resource = \"a.b\"\n  justification = \"x\"\n  approver = \"y\"\n  expires_on = \"31/01/2027\"\n}\n", `cfg.hcl:6,16: Invalid expires_on`},
		"waiver too broad": {"waiver {\n  rule = \"s3_bucket_public_read\"\n  resource = \"*\"\n  justification = \"x\"\n  approver = \"y\"\n  expires_on = \"2027-01-31\"\n}\n", `cfg.hcl:3,14: Waiver too broad`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("cfg.hcl", []byte(tc.src), rules.All())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v\nwant it to contain %q", err, tc.want)
			}
			var ce *Error
			if name != "guardrail ctrl" && !errors.As(err, &ce) {
				t.Errorf("want a *config.Error, got %T", err)
			}
		})
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := Find(deep); ok {
		t.Skip("a " + FileName + " exists above the temporary directory")
	}
	if err := os.WriteFile(filepath.Join(root, FileName), []byte(""), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, ok := Find(deep); !ok || p != filepath.Join(root, FileName) {
		t.Errorf("Find = %q, %v", p, ok)
	}
	if _, err := Load(filepath.Join(root, "missing.hcl"), rules.All()); err == nil || !strings.Contains(err.Error(), "cannot read") {
		t.Errorf("missing file: %v", err)
	}
}
