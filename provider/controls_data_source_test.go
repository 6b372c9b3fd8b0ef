package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

func TestAccControlsDataSource(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: `data "srm_controls" "s3_critical" {
  service      = "S3"
  min_severity = "critical"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("rule_ids"), ruleIDsWhere(func(r *linter.Rule) bool {
						return r.Service == "S3" && r.Severity == linter.SeverityCritical
					})),
					// the first of them by ID: s3_access_point_public_access_block
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("controls").AtMapKey("fsbp"),
						knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("S3.19")})),
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("responsibility"), knownvalue.StringExact("customer")),
					// S3.2, S3.3 and S3.19 are the critical S3 controls
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("controls"), knownvalue.ListSizeExact(3)),
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("controls").AtSliceIndex(0).AtMapKey("rule_ids"),
						knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("s3_bucket_public_read")})),
				},
			},
			{
				Config: `data "srm_controls" "cis" { framework = "cis_v3.0.0" }`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_controls.cis", tfjsonpath.New("rule_ids"), ruleIDsWhere(func(r *linter.Rule) bool {
						return len(r.Mappings()[catalog.FrameworkCIS30]) > 0
					})),
				},
			},
		},
	})
}

func TestAccControlsDataSource_invalid(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config:      `data "srm_controls" "x" { framework = "pci" }`,
			ExpectError: regexp.MustCompile(`value must be one of`),
		}},
	})
}
