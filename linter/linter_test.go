package linter_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

func loadPlan(t *testing.T, path string) *plan.Plan {
	t.Helper()
	p, err := plan.LoadFile(context.Background(), path, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const insecure = "../examples/plans/insecure/plan.json"

// publicAccessRules are the rules the governance tests run: their findings
// on the insecure example, all in the identity_access_management area, are
// what the tests expect.
var publicAccessRules = []*linter.Rule{rules.S3AccountPublicAccessBlock, rules.S3BucketPublicAccessBlock, rules.S3BucketPublicRead, rules.S3BucketPublicWrite}

func check(t *testing.T, p *plan.Plan, opt linter.Options) *linter.Result {
	t.Helper()
	if opt.Rules == nil {
		opt.Rules, opt.AllRules = publicAccessRules, rules.All()
	}
	opt.Settings = linter.DefaultSettings()
	res, err := linter.Check(context.Background(), []linter.Input{{Plan: p}}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func summary(fs []linter.Finding) []string {
	var out []string
	for _, f := range fs {
		s := f.RuleID + " " + f.Address
		if f.Blocking {
			s += " blocking"
		}
		if f.Enforcement != "" {
			s += " " + string(f.Enforcement)
		}
		out = append(out, s)
	}
	return out
}

func TestGuardrailEnforcement(t *testing.T) {
	p := loadPlan(t, insecure)
	gov := linter.Governance{Guardrails: []linter.Guardrail{
		{Name: "advisory-bpa", Rules: []string{"s3_bucket_public_access_block"}, Enforcement: linter.Advisory, Source: "test"},
		{Name: "locked-write", Controls: []string{"S3.3"}, Enforcement: linter.Locked, Source: "test"},
		// out of scope: only module resources
		{Name: "scoped", Services: []string{"S3"}, Enforcement: linter.Locked, Scope: linter.Scope{Modules: []string{"module.x*"}}, Source: "test"},
	}}
	res := check(t, p, linter.Options{Governance: gov, FailOn: linter.SeverityNone})
	want := []string{
		"s3_bucket_public_read aws_s3_bucket_acl.logs",
		"s3_bucket_public_write aws_s3_bucket_acl.logs blocking locked",
		"s3_bucket_public_read aws_s3_bucket_policy.site",
		"s3_bucket_public_access_block aws_s3_bucket_public_access_block.site advisory",
	}
	if d := cmp.Diff(want, summary(res.Findings)); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestWaivers(t *testing.T) {
	p := loadPlan(t, insecure)
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	gov := linter.Governance{
		Guardrails: []linter.Guardrail{{Name: "lock", Rules: []string{"s3_bucket_public_write"}, Enforcement: linter.Locked, Source: "test"}},
		Waivers: []linter.Waiver{
			{Rule: "s3_bucket_public_read", Resource: "aws_s3_bucket_policy.*", Approver: "sec", Justification: "site", ExpiresOn: now, Source: "w1"}, // last valid day
			{Rule: "s3_bucket_public_read", Resource: "aws_s3_bucket_acl.logs", Approver: "sec", ExpiresOn: now.AddDate(0, 0, -1), Source: "w2"},      // expired
			{Rule: "s3_bucket_public_write", Resource: "aws_s3_bucket_acl.logs", Approver: "sec", ExpiresOn: now.AddDate(1, 0, 0), Source: "w3"},      // locked
		},
		Owners: []linter.Owner{
			{Service: "S3", Team: "storage"},
			{Area: "identity_access_management", Team: "iam-team"},
			{Service: "S3", Area: "identity_access_management", Team: "s3-access"},
		},
	}
	res := check(t, p, linter.Options{Governance: gov, Now: now.Add(23 * time.Hour), FailOn: linter.SeverityHigh})
	if len(res.Suppressed) != 1 || res.Suppressed[0].Address != "aws_s3_bucket_policy.site" || res.Suppressed[0].Suppression.Kind != "waiver" {
		t.Fatalf("suppressed: %v", summary(res.Suppressed))
	}
	if len(res.ExpiredWaivers) != 1 || res.ExpiredWaivers[0].Source != "w2" {
		t.Errorf("expired: %+v", res.ExpiredWaivers)
	}
	for _, f := range res.Findings {
		if f.Owner == nil || f.Owner.Team != "s3-access" {
			t.Errorf("%s: owner %+v, want the most specific (s3-access)", f.Address, f.Owner)
		}
		switch {
		case f.RuleID == "s3_bucket_public_write":
			if !strings.Contains(f.Note, "locked") || !f.Blocking {
				t.Errorf("locked finding: %+v", f)
			}
		case f.Address == "aws_s3_bucket_acl.logs":
			if !strings.Contains(f.Note, "expired on 2026-05-31") {
				t.Errorf("expired waiver note: %q", f.Note)
			}
		}
	}
}

func TestGovernanceValidate(t *testing.T) {
	gov := linter.Governance{
		Guardrails: []linter.Guardrail{{Name: "g", Rules: []string{"nope"}, Controls: []string{"S3.99", "cis_v3.0.0:9.9"}, Frameworks: []string{"pci"}, Services: []string{"Mainframe"}, Source: "x.tf"}},
		Waivers:    []linter.Waiver{{Rule: "also_nope", Source: "w"}},
	}
	err := gov.Validate(rules.All())
	for _, want := range []string{`unknown rule "nope"`, `unknown control "S3.99"`, `unknown control "cis_v3.0.0:9.9"`, `unknown framework "pci"`, `unknown service "Mainframe"`, `waiver for unknown rule "also_nope"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q in %v", want, err)
		}
	}
}

func TestUnknownPolicy(t *testing.T) {
	r := &linter.Rule{ID: "test_unknown", Severity: linter.SeverityCritical, Check: func(p *linter.Pass) {
		p.ReportUnknown(p.Plan.Resources[0], "", "undecided")
	}}
	p := loadPlan(t, insecure)
	for policy, want := range map[linter.UnknownPolicy][2]int{linter.UnknownWarn: {1, 0}, linter.UnknownFail: {1, 1}, linter.UnknownIgnore: {0, 0}} {
		res := check(t, p, linter.Options{Rules: []*linter.Rule{r}, Unknown: policy, FailOn: linter.SeverityHigh})
		if len(res.Findings) != want[0] || res.Blocking() != want[1] {
			t.Errorf("%s: %d findings, %d blocking; want %v", policy, len(res.Findings), res.Blocking(), want)
		}
	}
}

// TestRulePanicFailsClosed: a crashing rule is an error naming it, never a
// clean result.
func TestRulePanicFailsClosed(t *testing.T) {
	boom := &linter.Rule{ID: "test_boom", Severity: linter.SeverityLow, Check: func(*linter.Pass) { panic("index out of range") }}
	_, err := linter.Run(context.Background(), loadPlan(t, insecure), append(rules.All(), boom), linter.DefaultSettings(), 0)
	var re *linter.RuleError
	if !errors.As(err, &re) || re.RuleID != "test_boom" || !strings.Contains(err.Error(), "internal error in rule test_boom") {
		t.Fatalf("got %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := linter.Run(ctx, loadPlan(t, insecure), rules.All(), linter.DefaultSettings(), 1); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v", err)
	}
}

// TestParallelMatchesSerial: findings do not depend on the number of workers.
func TestParallelMatchesSerial(t *testing.T) {
	for _, path := range []string{insecure, "../examples/plans/governed/plan.json"} {
		if _, err := os.Stat(path); err != nil {
			t.Fatal(err)
		}
		p := loadPlan(t, path)
		serial, err := linter.Run(context.Background(), p, rules.All(), linter.DefaultSettings(), 1)
		if err != nil {
			t.Fatal(err)
		}
		parallel, err := linter.Run(context.Background(), p, rules.All(), linter.DefaultSettings(), 8)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(summary(serial), summary(parallel)); d != "" || len(serial) == 0 {
			t.Errorf("%s: serial and parallel differ:\n%s", path, d)
		}
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []string{"critical", "HIGH", "Medium", "low", "none"} {
		if _, err := linter.ParseSeverity(s); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	if _, err := linter.ParseSeverity("urgent"); err == nil {
		t.Error("urgent must be rejected")
	}
	if _, err := linter.ParseDate("2026-02-30"); err == nil {
		t.Error("2026-02-30 is not a date")
	}
}

// Tag keys may contain dots (team.name, kubernetes.io/role): a guardrail
// scope and the classification tag read them as one key, not as a path.
func TestDottedTagKeys(t *testing.T) {
	p := loadPlan(t, "testdata/dotted_tags/plan.json")
	gov := linter.Governance{Guardrails: []linter.Guardrail{
		{Name: "payments", Rules: []string{"s3_bucket_versioning"}, Enforcement: linter.Locked, Scope: linter.Scope{Tags: map[string]string{"team.name": "pay*"}}, Source: "test"},
	}}
	res := check(t, p, linter.Options{Rules: []*linter.Rule{rules.S3BucketVersioning}, Governance: gov, FailOn: linter.SeverityNone})
	want := []string{
		"s3_bucket_versioning aws_s3_bucket.payments blocking locked",
		"s3_bucket_versioning aws_s3_bucket.web",
	}
	if d := cmp.Diff(want, summary(res.Findings)); d != "" {
		t.Errorf("guardrail scoped by a dotted tag key (-want +got):\n%s", d)
	}

	settings := linter.DefaultSettings()
	settings.ClassificationTag = "data.classification"
	fs, err := linter.Run(context.Background(), p, []*linter.Rule{rules.DataClassificationTag}, settings, 1)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"data_classification_tag aws_s3_bucket.web"}, summary(fs)); d != "" {
		t.Errorf("classification tag with a dot in its key (-want +got):\n%s", d)
	}
}
