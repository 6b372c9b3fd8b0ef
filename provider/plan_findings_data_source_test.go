package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

func TestAccPlanFindingsDataSource(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: sprintf(`data "srm_plan_findings" "insecure" {
  plan_json = file(%q)
}`, examplePlan(t, "insecure")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_plan_findings.insecure", tfjsonpath.New("blocking_count"), knownvalue.Int64Exact(4)),
					statecheck.ExpectKnownValue("data.srm_plan_findings.insecure", tfjsonpath.New("passed"), knownvalue.Bool(false)),
					// 4 blocking (high and critical) of 17, sorted by address and rule
					statecheck.ExpectKnownValue("data.srm_plan_findings.insecure", tfjsonpath.New("findings"), knownvalue.ListSizeExact(17)),
					statecheck.ExpectKnownValue("data.srm_plan_findings.insecure", tfjsonpath.New("findings").AtSliceIndex(0).AtMapKey("rule_id"), knownvalue.StringExact("data_classification_tag")),
					statecheck.ExpectKnownValue("data.srm_plan_findings.insecure", tfjsonpath.New("findings").AtSliceIndex(0).AtMapKey("address"), knownvalue.StringExact("aws_s3_bucket.logs")),
				},
			},
			{
				// Only the low MFA delete note, which the example suppresses
				// in its .tf (a lifecycle rule excludes MFA delete) and the
				// data source, without the .tf, reports.
				Config: sprintf(`data "srm_plan_findings" "secure" {
  plan_json = file(%q)
  fail_on   = "medium"
}`, examplePlan(t, "secure")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_plan_findings.secure", tfjsonpath.New("passed"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("data.srm_plan_findings.secure", tfjsonpath.New("findings"), knownvalue.ListSizeExact(1)),
					statecheck.ExpectKnownValue("data.srm_plan_findings.secure", tfjsonpath.New("findings").AtSliceIndex(0).AtMapKey("rule_id"), knownvalue.StringExact("s3_bucket_mfa_delete")),
				},
			},
			{
				Config: sprintf(`data "srm_plan_findings" "advisory" {
  plan_json = file(%q)
  fail_on   = "none"
}`, examplePlan(t, "insecure")),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_plan_findings.advisory", tfjsonpath.New("passed"), knownvalue.Bool(true)),
				},
			},
		},
	})
}

func TestAccPlanFindingsDataSource_invalid(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config:      `data "srm_plan_findings" "bad" { plan_json = "{}" }`,
			ExpectError: regexp.MustCompile(`Invalid Plan JSON(?s).*no format_version`),
		}},
	})
}
