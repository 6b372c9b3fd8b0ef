package rules_test

import (
	"context"
	"strings"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/linttest"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// TestPolicyChecksAreRules: every check the policy engine (and the
// provider's iam_policy_findings function) reports is a rule.
func TestPolicyChecksAreRules(t *testing.T) {
	for _, id := range []string{
		policy.CheckAdmin, policy.CheckServiceWild, policy.CheckNotAction, policy.CheckNotResource, policy.CheckPassRole,
		policy.CheckKMSDecrypt, policy.CheckPrivesc, policy.CheckDataExfiltration, policy.CheckCredentials,
		policy.CheckResourceExposure, policy.CheckAuditTrailDuty, policy.CheckKMSDuty, policy.CheckTrustPublic,
		policy.CheckTrustCrossAccount, policy.CheckTrustOIDC, policy.CheckPublic, policy.CheckNotPrincipal,
		policy.CheckForAllValues, policy.CheckServicePrincipal, policy.CheckInvalid, policy.CheckMissingVersion,
	} {
		if _, ok := rules.Lookup(id); !ok {
			t.Errorf("check %s is not a rule", id)
		}
	}
}

// TestPrivescThroughPolicyDocument: a role whose policy comes from an
// aws_iam_policy_document with a bucket ARN unknown at plan time is judged
// on the document's statements, read from the plan's configuration.
func TestPrivescThroughPolicyDocument(t *testing.T) {
	const dir = "testdata/iam_privilege_escalation/bad_aggregate"
	p, err := plan.LoadFile(context.Background(), dir+"/plan.json", nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := p.Lookup("data.aws_iam_policy_document.app")
	if !doc.Get("json").Unknown() || !p.Lookup("aws_iam_role_policy.app").Get("policy").Unknown() {
		t.Fatal("the fixture must leave the document's json, and so the role policy, unknown until apply")
	}
	var found []string
	for _, f := range linttest.Findings(t, rules.IAMPrivilegeEscalation, dir) {
		if f.Address == "aws_iam_role.app" {
			found = append(found, f.Message)
			if f.Unknown || f.Severity != linter.SeverityHigh {
				t.Errorf("a definite high finding, not %v unknown=%v", f.Severity, f.Unknown)
			}
		}
	}
	if len(found) != 1 || !strings.Contains(found[0], `RHINO-18 "Updating the code of an existing Lambda function": lambda:UpdateFunctionCode from aws_iam_role_policy.app`) {
		t.Errorf("aws_iam_role.app: %q", found)
	}
	// the statement on the bucket's objects stays limited to them
	for _, f := range linttest.Findings(t, rules.IAMDataExfiltration, dir) {
		if f.Address == "aws_iam_role.app" && strings.Contains(f.Message, "aws_iam_role_policy.app") {
			t.Errorf("s3:GetObject on the new bucket counted as unconstrained: %s", f.Message)
		}
	}
}
