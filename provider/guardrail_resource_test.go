package provider

import (
	"regexp"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// ruleIDsWhere expects the IDs of the rules that keep holds for, in
// rules.All() order, so that checks over the whole rule set do not break
// when rules are added.
func ruleIDsWhere(keep func(*linter.Rule) bool) knownvalue.Check {
	var ids []knownvalue.Check
	for _, r := range rules.All() {
		if keep(r) {
			ids = append(ids, knownvalue.StringExact(r.ID))
		}
	}
	return knownvalue.ListExact(ids)
}

const guardrailConfig = `resource "srm_guardrail" "baseline" {
  name        = "s3-baseline"
  description = "No public buckets, anywhere."
  controls    = ["S3.2", "cis_v3.0.0:2.1.4"]
  enforcement = %q
  scope = {
    modules        = ["root", "module.data*"]
    resource_types = ["aws_s3_*"]
    tags           = { Environment = "prod*" }
  }
}`

func TestAccGuardrailResource(t *testing.T) {
	addr := "srm_guardrail.baseline"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: sprintf(guardrailConfig, "locked"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(addr, plancheck.ResourceActionCreate),
					// resolved at plan time, so the plan (and srmlint) can show it
					plancheck.ExpectKnownValue(addr, tfjsonpath.New("rule_ids"), ruleIDsWhere(func(r *linter.Rule) bool {
						m := r.Mappings()
						return slices.Contains(m[catalog.FrameworkSecurityHub], "S3.2") || slices.Contains(m[catalog.FrameworkCIS30], "2.1.4")
					})),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("id"), knownvalue.StringExact("s3-baseline")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("min_severity"), knownvalue.StringExact("low")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("enforcement"), knownvalue.StringExact("locked")),
				},
			},
			{
				// re-planning the same configuration changes nothing
				Config: sprintf(guardrailConfig, "locked"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectEmptyPlan(),
				}},
			},
			{
				ResourceName:      addr,
				ImportState:       true,
				ImportStateId:     `{"name": "s3-baseline", "description": "No public buckets, anywhere.", "controls": ["S3.2", "cis_v3.0.0:2.1.4"], "enforcement": "locked", "scope": {"modules": ["root", "module.data*"], "resource_types": ["aws_s3_*"], "tags": {"Environment": "prod*"}}}`,
				ImportStateVerify: true,
			},
			{
				Config: sprintf(guardrailConfig, "advisory"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate),
				}},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("enforcement"), knownvalue.StringExact("advisory")),
				},
			},
		},
	})
}

func TestAccGuardrailResource_byName(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: `resource "srm_guardrail" "all" {
  name         = "everything-critical"
  min_severity = "critical"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					// every critical rule, whichever exist
					statecheck.ExpectKnownValue("srm_guardrail.all", tfjsonpath.New("rule_ids"), ruleIDsWhere(func(r *linter.Rule) bool {
						return r.Severity == linter.SeverityCritical
					})),
				},
			},
			{
				ResourceName:            "srm_guardrail.all",
				ImportState:             true,
				ImportStateId:           "everything-critical",
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"min_severity", "rule_ids"},
			},
		},
	})
}

func TestAccGuardrailResource_invalid(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: `resource "srm_guardrail" "x" {
  name = "x"
  rules = ["s3_bucket_public_reed"]
}`,
				ExpectError: regexp.MustCompile(`(?s)Unknown Rule.*did you mean "s3_bucket_public_read"`),
			},
			{
				Config: `resource "srm_guardrail" "x" {
  name = "x"
  controls = ["S3.99"]
}`,
				ExpectError: regexp.MustCompile(`Unknown Control`),
			},
			{
				Config: `resource "srm_guardrail" "x" {
  name = "x"
  enforcement = "strict"
}`,
				ExpectError: regexp.MustCompile(`value must be one of`),
			},
			{
				Config: `resource "srm_guardrail" "x" {
  name = "x"
  services = ["S3", "Mainframe"]
}`,
				ExpectError: regexp.MustCompile(`value must be one of`),
			},
			{
				ResourceName:  "srm_guardrail.x",
				ImportState:   true,
				ImportStateId: `{"name": "x", "rules": ["nope"]}`,
				ExpectError:   regexp.MustCompile(`unknown rule "nope"`),
			},
			{
				ResourceName:  "srm_guardrail.x",
				ImportState:   true,
				ImportStateId: `{"name": "x", "enforcement": "hard", "min_severity": "extreme"}`,
				ExpectError:   regexp.MustCompile(`(?s)enforcement "hard" is not advisory, mandatory or locked.*min_severity "extreme" is not critical, high, medium or low`),
			},
		},
	})
}
