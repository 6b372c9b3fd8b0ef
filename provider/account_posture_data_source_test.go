package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/srmguard/terraform-provider-srm/linter/awsapi/awsapitest"
)

// TestAccAccountPostureDataSource reads a seeded account from the local AWS
// stand-in (AWS_ENDPOINT_URL): the misconfigurations are findings, and the
// area whose read is denied is unverified and unknown, not passed.
func TestAccAccountPostureDataSource(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	srv.Fail["guardduty:ListDetectors"] = "AccessDeniedException"
	awsapitest.Env(t, srv.URL, "us-east-1")
	addr := "data.srm_account_posture.this"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config: `data "srm_account_posture" "this" {}`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("account_id"), knownvalue.StringExact("123456789012")),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("passed"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("unverified"), knownvalue.ListExact([]knownvalue.Check{
					knownvalue.StringExact("guardduty:ListDetectors: AccessDeniedException"),
				})),
				statecheck.ExpectKnownValue(addr, tfjsonpath.New("findings"), knownvalue.ListPartial(map[int]knownvalue.Check{
					0: knownvalue.ObjectPartial(map[string]knownvalue.Check{
						"rule_id": knownvalue.StringExact("baseline_ebs_encryption_by_default"),
						"address": knownvalue.StringExact("account"),
						"unknown": knownvalue.Bool(false),
					}),
					3: knownvalue.ObjectPartial(map[string]knownvalue.Check{
						"rule_id":  knownvalue.StringExact("guardduty_enabled"),
						"unknown":  knownvalue.Bool(true),
						"blocking": knownvalue.Bool(false),
						"message":  knownvalue.StringRegexp(regexp.MustCompile(`^Could not verify GuardDuty`)),
					}),
				})),
			},
		}},
	})
}

func TestAccAccountPostureDataSource_noRegion(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	awsapitest.Env(t, srv.URL, "")
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config:      `data "srm_account_posture" "this" {}`,
			ExpectError: regexp.MustCompile(`AWS Account Posture Error(?s).*no AWS region`),
		}},
	})
}
