package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

func TestAccResponsibilityMatrixDataSource(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: `data "srm_responsibility_matrix" "all" {}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_responsibility_matrix.all", tfjsonpath.New("rows"), knownvalue.ListSizeExact(27*15)),
					statecheck.ExpectKnownValue("data.srm_responsibility_matrix.all", tfjsonpath.New("rows").AtSliceIndex(0), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"service":       knownvalue.StringExact("APIGateway"),
						"service_model": knownvalue.StringExact("abstracted"),
						"control_area":  knownvalue.StringExact("physical_facilities"),
						"owner":         knownvalue.StringExact("aws"),
						"source":        knownvalue.StringRegexp(regexp.MustCompile(`^https://`)),
						"inferred":      knownvalue.Bool(false),
						"note":          knownvalue.NotNull(),
					})),
					statecheck.ExpectKnownValue("data.srm_responsibility_matrix.all", tfjsonpath.New("owners").AtMapKey("EC2/guest_os_patching"), knownvalue.StringExact("customer")),
				},
			},
			{
				Config: `data "srm_responsibility_matrix" "s3_customer" {
  service = "S3"
  owner   = "customer"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_responsibility_matrix.s3_customer", tfjsonpath.New("owners"), knownvalue.MapExact(map[string]knownvalue.Check{
						"S3/identity_access_management":  knownvalue.StringExact("customer"),
						"S3/data_classification_content": knownvalue.StringExact("customer"),
						"S3/logging_monitoring_config":   knownvalue.StringExact("customer"),
					})),
				},
			},
			{
				Config: `data "srm_responsibility_matrix" "iaas" {
  service_model = "infrastructure"
  control_area  = "guest_os_patching"
}`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.srm_responsibility_matrix.iaas", tfjsonpath.New("rows"), knownvalue.ListSizeExact(3)),
				},
			},
		},
	})
}

func TestAccResponsibilityMatrixDataSource_invalidFilter(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config:      `data "srm_responsibility_matrix" "x" { service = "S4" }`,
				ExpectError: regexp.MustCompile(`(?s)value must be one of:.*"S3"`),
			},
			{
				Config:      `data "srm_responsibility_matrix" "x" { owner = "me" }`,
				ExpectError: regexp.MustCompile(`(?s)value must be one of:.*"customer"`),
			},
		},
	})
}
