package provider

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// fnTest runs one function configuration and checks the "test" output.
func fnTest(t *testing.T, config string, want knownvalue.Check) {
	t.Helper()
	resource.UnitTest(t, resource.TestCase{
		TerraformVersionChecks:   functionsNeed,
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config:            config,
			ConfigStateChecks: []statecheck.StateCheck{statecheck.ExpectKnownOutputValue("test", want)},
		}},
	})
}

// wrapped matches text that Terraform may have wrapped across lines.
func wrapped(text string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(regexp.QuoteMeta(text), " ", `\s+`))
}

func fnError(t *testing.T, config string, want *regexp.Regexp) {
	t.Helper()
	resource.UnitTest(t, resource.TestCase{
		TerraformVersionChecks:   functionsNeed,
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps:                    []resource.TestStep{{Config: config, ExpectError: want}},
	})
}

// fnUnknown checks that an unknown argument gives an unknown result at plan
// time; terraform_data.x.output becomes input after apply.
func fnUnknown(t *testing.T, input, call string) {
	t.Helper()
	resource.UnitTest(t, resource.TestCase{
		TerraformVersionChecks:   functionsNeed,
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config: `resource "terraform_data" "x" {
  input = ` + input + `
}
output "test" {
  value = ` + call + `
}`,
			ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectUnknownOutputValue("test")}},
		}},
	})
}

const adminPolicy = `jsonencode({
  Version   = "2012-10-17"
  Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
})`

func TestIAMPolicyFindingsFunction_Known(t *testing.T) {
	fnTest(t, `output "test" {
  value = provider::srm::iam_policy_findings(`+adminPolicy+`)
}`, knownvalue.ListExact([]knownvalue.Check{
		knownvalue.ObjectExact(map[string]knownvalue.Check{
			"check":     knownvalue.StringExact("iam_policy_admin_access"),
			"severity":  knownvalue.StringExact("high"),
			"statement": knownvalue.Int64Exact(0),
			"sid":       knownvalue.StringExact(""),
			"message":   knownvalue.StringRegexp(regexp.MustCompile(`full administrator access`)),
		}),
		knownvalue.ObjectPartial(map[string]knownvalue.Check{"check": knownvalue.StringExact("kms_decrypt_all_keys")}),
	}))
}

func TestIAMPolicyFindingsFunction_Privesc(t *testing.T) {
	fnTest(t, `output "test" {
  value = [for f in provider::srm::iam_policy_findings(jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:PassRole", "ec2:RunInstances"], Resource = "*" }]
  })) : f.check]
}`, knownvalue.TupleExact([]knownvalue.Check{
		knownvalue.StringExact("iam_policy_passrole_all_roles"),
		knownvalue.StringExact("iam_privilege_escalation"),
	}))
}

func TestIAMPolicyFindingsFunction_TrustPolicy(t *testing.T) {
	fnTest(t, `output "test" {
  value = provider::srm::iam_policy_findings(jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  }))[0]
}`, knownvalue.ObjectPartial(map[string]knownvalue.Check{
		"check":    knownvalue.StringExact("iam_role_trust_oidc_conditions"),
		"severity": knownvalue.StringExact("critical"),
		"message":  knownvalue.StringRegexp(regexp.MustCompile(`any GitHub repository`)),
	}))
}

func TestIAMPolicyFindingsFunction_Clean(t *testing.T) {
	fnTest(t, `output "test" {
  value = provider::srm::iam_policy_findings(jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::reports/*" }]
  }))
}`, knownvalue.ListSizeExact(0))
}

func TestIAMPolicyFindingsFunction_ResourcePolicy(t *testing.T) {
	fnTest(t, `output "test" {
  value = provider::srm::iam_policy_findings(jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }]
  }))[0].check
}`, knownvalue.StringExact("policy_public_principal"))
}

func TestIAMPolicyFindingsFunction_Null(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::iam_policy_findings(null)
}`, regexp.MustCompile(`argument must not be null`))
}

func TestIAMPolicyFindingsFunction_Unknown(t *testing.T) {
	fnUnknown(t, adminPolicy, `provider::srm::iam_policy_findings(terraform_data.x.output)`)
}

func TestIAMPolicyFindingsFunction_Invalid(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::iam_policy_findings("{\"Statement\": [{\"Effect\": \"Permit\", \"Action\": \"s3:*\"}]}")
}`, wrapped(`invalid policy: Statement[0].Effect must be "Allow" or "Deny"`))
}

func TestPolicyIsPublicFunction_Known(t *testing.T) {
	fnTest(t, `output "test" {
  value = [
    provider::srm::policy_is_public(jsonencode({
      Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "s3:GetObject", Resource = "*" }]
    })),
    provider::srm::policy_is_public(jsonencode({
      Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*",
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } } }]
    })),
  ]
}`, knownvalue.TupleExact([]knownvalue.Check{knownvalue.Bool(true), knownvalue.Bool(false)}))
}

func TestPolicyIsPublicFunction_Null(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::policy_is_public(null)
}`, regexp.MustCompile(`argument must not be null`))
}

func TestPolicyIsPublicFunction_Unknown(t *testing.T) {
	fnUnknown(t, adminPolicy, `provider::srm::policy_is_public(terraform_data.x.output)`)
}

func TestPolicyIsPublicFunction_Invalid(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::policy_is_public("not json")
}`, regexp.MustCompile(`malformed JSON`))
}

func TestResponsibilityFunction_Known(t *testing.T) {
	fnTest(t, `output "test" {
  value = [
    provider::srm::responsibility("S3", "encryption_at_rest"),
    provider::srm::responsibility("EC2", "guest_os_patching"),
    provider::srm::responsibility("ec2", "physical_facilities"),
  ]
}`, knownvalue.TupleExact([]knownvalue.Check{knownvalue.StringExact("shared"), knownvalue.StringExact("customer"), knownvalue.StringExact("aws")}))
}

func TestResponsibilityFunction_Null(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::responsibility(null, "encryption_at_rest")
}`, regexp.MustCompile(`argument must not be null`))
}

func TestResponsibilityFunction_Unknown(t *testing.T) {
	fnUnknown(t, `"S3"`, `provider::srm::responsibility(terraform_data.x.output, "encryption_at_rest")`)
}

func TestResponsibilityFunction_Invalid(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::responsibility("S3", "plumbing")
}`, wrapped(`unknown control area "plumbing"; valid areas: physical_facilities`))
	fnError(t, `output "test" {
  value = provider::srm::responsibility("Mainframe", "plumbing")
}`, regexp.MustCompile(`unknown service "Mainframe"`))
}

func TestRuleControlsFunction_Known(t *testing.T) {
	fnTest(t, `output "test" {
  value = provider::srm::rule_controls("s3_bucket_public_access_block")["cis_v3.0.0"]
}`, knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("2.1.4")}))
}

func TestRuleControlsFunction_Null(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::rule_controls(null)
}`, regexp.MustCompile(`argument must not be null`))
}

func TestRuleControlsFunction_Unknown(t *testing.T) {
	fnUnknown(t, `"s3_bucket_public_read"`, `provider::srm::rule_controls(terraform_data.x.output)`)
}

func TestRuleControlsFunction_Invalid(t *testing.T) {
	fnError(t, `output "test" {
  value = provider::srm::rule_controls("s3_bucket_public_raed")
}`, wrapped(`did you mean "s3_bucket_public_read"`))
}
