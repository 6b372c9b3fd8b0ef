package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

const ownerConfig = `resource "srm_control_owner" "data" {
  service      = "S3"
  control_area = "encryption_at_rest"
  team         = "team-data"
  contact      = %q
  runbook_url  = "https://runbooks.example.com/s3-encryption"
  escalation   = "data-oncall"
  review_date  = "2026-10-01"
}`

func TestAccControlOwnerResource(t *testing.T) {
	addr := "srm_control_owner.data"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: sprintf(ownerConfig, "#team-data"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("id"), knownvalue.StringExact("S3/encryption_at_rest")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("responsibility"), knownvalue.StringExact("shared")),
				},
			},
			{
				Config:           sprintf(ownerConfig, "#team-data"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{
				ResourceName:      addr,
				ImportState:       true,
				ImportStateId:     `{"service": "S3", "control_area": "encryption_at_rest", "team": "team-data", "contact": "#team-data", "runbook_url": "https://runbooks.example.com/s3-encryption", "escalation": "data-oncall", "review_date": "2026-10-01"}`,
				ImportStateVerify: true,
			},
			{
				ResourceName:            addr,
				ImportState:             true,
				ImportStateId:           "S3/encryption_at_rest/team-data",
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"contact", "runbook_url", "escalation", "review_date"},
			},
			{
				Config: sprintf(ownerConfig, "data@example.com"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate),
				}},
			},
		},
	})
}

func TestAccControlOwnerResource_areaOnly(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config: `resource "srm_control_owner" "iam" {
  control_area = "identity_access_management"
  team         = "platform-security"
}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("srm_control_owner.iam", tfjsonpath.New("id"), knownvalue.StringExact("*/identity_access_management")),
				statecheck.ExpectKnownValue("srm_control_owner.iam", tfjsonpath.New("responsibility"), knownvalue.StringExact("")),
			},
		}},
	})
}

func TestAccControlOwnerResource_invalid(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: `resource "srm_control_owner" "x" {
  service      = "EC2"
  control_area = "virtualization_hypervisor"
  team         = "infra"
}`,
				ExpectError: regexp.MustCompile(`(?s)Control Owned By AWS.*virtualization_hypervisor of EC2 to AWS alone`),
			},
			{
				Config: `resource "srm_control_owner" "x" {
  control_area = "physical_facilities"
  team         = "infra"
}`,
				ExpectError: regexp.MustCompile(`AWS owns physical_facilities for every service`),
			},
			{
				Config: `resource "srm_control_owner" "x" {
  team = "infra"
}`,
				ExpectError: regexp.MustCompile(`At least one attribute out of \[control_area,service\]`),
			},
			{
				Config: `resource "srm_control_owner" "x" {
  service     = "S3"
  team        = "data"
  runbook_url = "runbooks/s3"
}`,
				ExpectError: regexp.MustCompile(`Invalid URL`),
			},
		},
	})
}
