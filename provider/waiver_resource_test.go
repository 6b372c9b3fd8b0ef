package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

const waiverConfig = `resource "srm_guardrail" "baseline" {
  name        = "baseline"
  rules       = ["s3_bucket_public_read"]
  enforcement = "mandatory"
}

resource "srm_waiver" "site" {
  rule          = "s3_bucket_public_read"
  resource      = "module.site.aws_s3_bucket_policy.*"
  justification = "Public marketing site; content reviewed by %s."
  approver      = "security@example.com"
  expires_on    = "2027-03-31"
  guardrail     = srm_guardrail.baseline.name
}`

func TestAccWaiverResource(t *testing.T) {
	addr := "srm_waiver.site"
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{
				Config: sprintf(waiverConfig, "marketing"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("id"), knownvalue.StringExact("s3_bucket_public_read:module.site.aws_s3_bucket_policy.*")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("guardrail"), knownvalue.StringExact("baseline")),
				},
			},
			{
				Config:           sprintf(waiverConfig, "marketing"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{
				ResourceName:      addr,
				ImportState:       true,
				ImportStateId:     `{"rule": "s3_bucket_public_read", "resource": "module.site.aws_s3_bucket_policy.*", "justification": "Public marketing site; content reviewed by marketing.", "approver": "security@example.com", "expires_on": "2027-03-31", "guardrail": "baseline"}`,
				ImportStateVerify: true,
			},
			{
				Config: sprintf(waiverConfig, "the brand team"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate),
				}},
			},
		},
	})
}

func TestAccWaiverResource_lockedGuardrail(t *testing.T) {
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{{
			Config: `resource "srm_guardrail" "locked" {
  name        = "no-public-data"
  services    = ["S3"]
  enforcement = "locked"
}

resource "srm_waiver" "x" {
  rule          = "s3_bucket_public_write"
  resource      = "aws_s3_bucket_acl.uploads"
  justification = "Partners upload files without credentials."
  approver      = "cto@example.com"
  expires_on    = "2026-12-31"
  guardrail     = srm_guardrail.locked.name
}`,
			ExpectError: regexp.MustCompile(`(?s)Waiver On Locked Guardrail.*"no-public-data" is locked and covers rule\s+s3_bucket_public_write`),
		}},
	})
}

func TestAccWaiverResource_invalid(t *testing.T) {
	base := `resource "srm_waiver" "x" {
  rule          = %q
  resource      = %q
  justification = %q
  approver      = "a"
  expires_on    = %q
}`
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6ProviderFactories(),
		Steps: []resource.TestStep{
			{Config: sprintf(base, "s3_nope", "aws_s3_bucket.x", "a long enough reason", "2027-01-01"), ExpectError: regexp.MustCompile(`Unknown Rule`)},
			{Config: sprintf(base, "s3_bucket_public_read", "*", "a long enough reason", "2027-01-01"), ExpectError: regexp.MustCompile(`Waiver Too Broad`)},
			{Config: sprintf(base, "s3_bucket_public_read", "aws_s3_bucket.x", "short", "2027-01-01"), ExpectError: regexp.MustCompile(`at least 10`)},
			{Config: sprintf(base, "s3_bucket_public_read", "aws_s3_bucket.x", "a long enough reason", "31/12/2026"), ExpectError: regexp.MustCompile(`Invalid Date`)},
			{ResourceName: "srm_waiver.x", ImportState: true, ImportStateId: `{"rule": "s3_bucket_public_read"}`, ExpectError: regexp.MustCompile(`justification \(at least 10 characters\) and approver are required`)},
			{ResourceName: "srm_waiver.x", ImportState: true, ImportStateId: `{"rule": "s3_bucket_public_read", "resource": "*", "justification": "a long enough reason", "approver": "sec@example.com", "expires_on": "2027-01-01"}`, ExpectError: regexp.MustCompile(`would waive the rule for every resource`)},
		},
	})
}

// TestWaiverPlanWarnings plans waivers through the provider protocol to see
// the warnings that terraform-plugin-testing does not expose.
func TestWaiverPlanWarnings(t *testing.T) {
	srv, err := providerserver.NewProtocol6WithError(newWithClock("test", fixedNow)())()
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if _, err := srv.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{Config: dynamic(t, tftypes.Object{}, map[string]tftypes.Value{})}); err != nil {
		t.Fatal(err)
	}
	typ := tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"id": tftypes.String, "rule": tftypes.String, "resource": tftypes.String, "justification": tftypes.String,
		"approver": tftypes.String, "expires_on": tftypes.String, "guardrail": tftypes.String,
	}}
	for expires, want := range map[string]string{
		"2026-11-26": "Waiver Expired",
		"2028-06-30": "Waiver Expiry Far Ahead",
		"2027-02-01": "",
	} {
		vals := map[string]tftypes.Value{
			"id":            tftypes.NewValue(tftypes.String, tftypes.UnknownValue),
			"rule":          tftypes.NewValue(tftypes.String, "s3_bucket_public_read"),
			"resource":      tftypes.NewValue(tftypes.String, "aws_s3_bucket_policy.site"),
			"justification": tftypes.NewValue(tftypes.String, "a long enough reason"),
			"approver":      tftypes.NewValue(tftypes.String, "sec"),
			"expires_on":    tftypes.NewValue(tftypes.String, expires),
			"guardrail":     tftypes.NewValue(tftypes.String, nil),
		}
		resp, err := srv.PlanResourceChange(ctx, &tfprotov6.PlanResourceChangeRequest{
			TypeName:         "srm_waiver",
			PriorState:       dynamic(t, typ, nil),
			ProposedNewState: dynamic(t, typ, vals),
			Config:           dynamic(t, typ, vals),
		})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, d := range resp.Diagnostics {
			if d.Severity == tfprotov6.DiagnosticSeverityError {
				t.Errorf("%s: error %s: %s", expires, d.Summary, d.Detail)
			}
			got = d.Summary
		}
		if got != want {
			t.Errorf("expires_on %s: got warning %q, want %q", expires, got, want)
		}
	}
}

func dynamic(t *testing.T, typ tftypes.Object, vals map[string]tftypes.Value) *tfprotov6.DynamicValue {
	t.Helper()
	var v tftypes.Value
	if vals == nil {
		v = tftypes.NewValue(typ, nil)
	} else {
		v = tftypes.NewValue(typ, vals)
	}
	dv, err := tfprotov6.NewDynamicValue(typ, v)
	if err != nil {
		t.Fatal(err)
	}
	return &dv
}
