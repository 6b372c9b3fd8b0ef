package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
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
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("rule_ids"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.StringExact("s3_bucket_public_read"),
						knownvalue.StringExact("s3_bucket_public_write"),
					})),
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("controls").AtMapKey("fsbp"),
						knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("S3.2")})),
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("responsibility"), knownvalue.StringExact("customer")),
					// S3.2, S3.3 and S3.19 are the critical S3 controls
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("controls"), knownvalue.ListSizeExact(3)),
					statecheck.ExpectKnownValue("data.srm_controls.s3_critical", tfjsonpath.New("controls").AtSliceIndex(0).AtMapKey("rule_ids"),
						knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact("s3_bucket_public_read")})),
				},
			},
			{
				Config: `data "srm_controls" "cis" {
  framework = "cis_v3.0.0"
  service   = "S3"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_controls.cis", tfjsonpath.New("rule_ids"), knownvalue.ListExact([]knownvalue.Check{
						knownvalue.StringExact("baseline_s3_account_public_access_block"),
						knownvalue.StringExact("s3_account_public_access_block"),
						knownvalue.StringExact("s3_bucket_public_access_block"),
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
