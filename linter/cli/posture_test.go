package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter/awsapi/awsapitest"
)

type postureReport struct {
	Summary struct {
		Blocking, Unknown int
	}
	Findings []struct {
		RuleID   string `json:"rule_id"`
		Address  string
		Message  string
		Unknown  bool
		Blocking bool
	}
}

// TestPosture: the seeded misconfigurations are reported with the plan
// rules' IDs, and the area whose read is denied is unverified, not passed.
func TestPosture(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	srv.Fail["guardduty:ListDetectors"] = "AccessDeniedException"
	awsapitest.Env(t, srv.URL, "us-east-1")

	code, stdout, stderr := run(t, "", "posture", "--format", "json")
	if code != ExitBlocking {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitBlocking, stderr)
	}
	var rep postureReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range rep.Findings {
		got[f.RuleID+" "+f.Address] += f.Message
		if f.RuleID == "guardduty_enabled" && (!f.Unknown || f.Blocking) {
			t.Errorf("unverified GuardDuty must be an unknown, non-blocking finding: %+v", f)
		}
	}
	for key, want := range map[string]string{
		`s3_account_public_access_block aws_s3_account_public_access_block.account["123456789012"]`: "ignore_public_acls = false",
		"baseline_ebs_encryption_by_default account":                                                "no aws_ebs_encryption_by_default",
		"baseline_iam_password_policy account":                                                      "no aws_iam_account_password_policy",
		`cloudtrail_multi_region aws_cloudtrail.account["main"]`:                                    "in its own region only",
		`cloudtrail_kms_encryption aws_cloudtrail.account["main"]`:                                  "S3-managed encryption only",
		`cloudtrail_log_file_validation aws_cloudtrail.account["main"]`:                             "does not validate",
		`config_recorder_enabled aws_config_configuration_recorder_status.account["default"]`:       "is stopped",
		`config_recorder_enabled aws_config_configuration_recorder.account["default"]`:              "custom IAM role",
		"securityhub_enabled account":                                                               "does not enable Security Hub",
		"iam_access_analyzer_enabled account":                                                       "ACCOUNT_UNUSED_ACCESS",
		"guardduty_enabled account":                                                                 "Could not verify GuardDuty in account 123456789012 (us-east-1): guardduty:ListDetectors failed with AccessDeniedException",
	} {
		if !strings.Contains(got[key], want) {
			t.Errorf("%s: want a finding containing %q, got %q", key, want, got[key])
		}
	}
	if _, ok := got["guardduty_enabled account"]; ok && strings.Contains(got["guardduty_enabled account"], "has no aws_guardduty_detector") {
		t.Error("a denied read must not be reported as a missing detector")
	}
	if rep.Summary.Unknown != 1 {
		t.Errorf("unknown = %d, want 1", rep.Summary.Unknown)
	}

	// --unknown=fail: the unverified area blocks too.
	_, stdout, _ = run(t, "", "posture", "--unknown", "fail", "--format", "json")
	var failed postureReport
	if err := json.Unmarshal([]byte(stdout), &failed); err != nil {
		t.Fatal(err)
	}
	if failed.Summary.Blocking != rep.Summary.Blocking+1 {
		t.Errorf("--unknown=fail: %d blocking, want %d", failed.Summary.Blocking, rep.Summary.Blocking+1)
	}
}

func TestPostureText(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	awsapitest.Env(t, srv.URL, "us-east-1")
	code, stdout, _ := run(t, "", "posture", "--no-color")
	if code != ExitBlocking || !strings.Contains(stdout, "in 1 input") || !strings.Contains(stdout, `aws_cloudtrail.account["main"]`) {
		t.Errorf("exit %d\n%s", code, stdout)
	}
}

func TestPostureSetupErrors(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	for name, tc := range map[string]struct {
		region, key, want string
	}{
		"no region":      {"", "AKIDTEST", "srmlint: no AWS region"},
		"no credentials": {"us-east-1", "", "srmlint: no usable AWS credentials"},
	} {
		t.Run(name, func(t *testing.T) {
			awsapitest.Env(t, srv.URL, tc.region)
			t.Setenv("AWS_ACCESS_KEY_ID", tc.key)
			code, stdout, stderr := run(t, "", "posture")
			if code != ExitError || stdout != "" || !strings.HasPrefix(stderr, tc.want) {
				t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
		})
	}
}

// TestPostureConfig: the configuration file applies to posture as to
// check: a disabled rule reports nothing (not even an unverified read), a
// re-rated rule blocks, and a waiver on the address "account" suppresses.
func TestPostureConfig(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	srv.Fail["guardduty:ListDetectors"] = "AccessDeniedException"
	awsapitest.Env(t, srv.URL, "us-east-1")
	cfg := filepath.Join(t.TempDir(), ".srmlint.hcl")
	if err := os.WriteFile(cfg, []byte(`
fail_on = "critical"
rule "guardduty_enabled" {
  enabled = false
}
rule "baseline_ebs_encryption_by_default" {
  severity = "critical"
}
waiver {
  rule          = "securityhub_enabled"
  resource      = "account"
  justification = "Security Hub is enabled from the delegated administrator (SEC-12)."
  approver      = "security@example.com"
  expires_on    = "2099-12-31"
}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "posture", "--config", cfg, "--format", "json")
	if code != ExitBlocking {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitBlocking, stderr)
	}
	var rep struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Severity string
			Blocking bool
		}
		Suppressed []struct {
			RuleID string `json:"rule_id"`
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	var blocking []string
	for _, f := range rep.Findings {
		if f.RuleID == "guardduty_enabled" || f.RuleID == "securityhub_enabled" {
			t.Errorf("%s reported; it is disabled or waived", f.RuleID)
		}
		if f.Blocking {
			blocking = append(blocking, f.RuleID+" "+f.Severity)
		}
	}
	if got := strings.Join(blocking, ","); got != "baseline_ebs_encryption_by_default critical,config_recorder_enabled critical" {
		t.Errorf("blocking findings %q, want the critical ones only (fail_on), with the re-rated EBS baseline", got)
	}
	if len(rep.Suppressed) != 1 || rep.Suppressed[0].RuleID != "securityhub_enabled" {
		t.Errorf("suppressed %+v, want the waived securityhub_enabled", rep.Suppressed)
	}
}
