package provider

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter"
)

var (
	_ resource.Resource                = (*waiverResource)(nil)
	_ resource.ResourceWithConfigure   = (*waiverResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*waiverResource)(nil)
	_ resource.ResourceWithImportState = (*waiverResource)(nil)
)

// NewWaiverResource returns the srm_waiver resource.
func NewWaiverResource() resource.Resource { return &waiverResource{} }

type waiverResource struct {
	data *providerData
}

type waiverModel struct {
	ID            types.String `tfsdk:"id"`
	Rule          types.String `tfsdk:"rule"`
	Resource      types.String `tfsdk:"resource"`
	Justification types.String `tfsdk:"justification"`
	Approver      types.String `tfsdk:"approver"`
	ExpiresOn     types.String `tfsdk:"expires_on"`
	Guardrail     types.String `tfsdk:"guardrail"`
}

// maxWaiverDays is how far ahead an expiry date may lie before the plan
// warns: exceptions are meant to be revisited.
const maxWaiverDays = 366

func (r *waiverResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_waiver"
}

func (r *waiverResource) Configure(_ context.Context, req resource.ConfigureRequest, _ *resource.ConfigureResponse) {
	if data, ok := req.ProviderData.(*providerData); ok {
		r.data = data
	}
}

func (r *waiverResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "A granted exception to one srmlint rule for matching resources, with a justification, an approver and an " +
			"expiry date, reviewed in the same pull request as the code. `srmlint check` lists waived findings as suppressed, with the " +
			"approver and expiry. From the day after `expires_on` the waiver stops suppressing, the plan warns, and srmlint lists it " +
			"as expired. A waiver never lifts a `locked` guardrail: when `guardrail` names a locked guardrail that covers the rule, " +
			"the plan fails. The resource is a record in Terraform state; it calls no API.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<rule>:<resource>`.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"rule": schema.StringAttribute{
				MarkdownDescription: "The srmlint rule ID the exception is for.",
				Required:            true,
				Validators:          []validator.String{ruleID()},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"resource": schema.StringAttribute{
				MarkdownDescription: "The resource address the exception is for; `*` matches any characters, e.g. `module.site.aws_s3_bucket.assets` " +
					"or `module.site[*].aws_s3_bucket.*`. It matches instance addresses and configuration addresses (without instance keys).",
				Required:      true,
				Validators:    []validator.String{stringvalidator.LengthAtLeast(1), stringCheck{desc: "must not be only wildcards", summary: "Waiver Too Broad", check: notOnlyWildcards}},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"justification": schema.StringAttribute{
				MarkdownDescription: "Why the exception is acceptable (at least 10 characters).",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(10)},
			},
			"approver": schema.StringAttribute{
				MarkdownDescription: "Who approved it (a person or team).",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"expires_on": schema.StringAttribute{
				MarkdownDescription: fmt.Sprintf("The last day the waiver holds, `YYYY-MM-DD` (UTC). A date in the past is a plan-time warning; so is one more than %d days ahead.", maxWaiverDays),
				Required:            true,
				Validators:          []validator.String{date()},
			},
			"guardrail": schema.StringAttribute{
				MarkdownDescription: "The name of the guardrail the exception is granted under, e.g. `srm_guardrail.baseline.name`. " +
					"Referencing the guardrail lets the plan refuse a waiver that a `locked` guardrail forbids.",
				Optional: true,
			},
		},
	}
}

func notOnlyWildcards(s string) error {
	if strings.Trim(s, "*?. ") == "" {
		return fmt.Errorf("%q would waive the rule for every resource; name the resources (wildcards may fill in parts of an address)", s)
	}
	return nil
}

// ModifyPlan warns about expired or far-off expiry dates and refuses a
// waiver under a locked guardrail that covers its rule.
func (r *waiverResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var m waiverModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !m.Rule.IsUnknown() && !m.Resource.IsUnknown() {
		m.ID = types.StringValue(m.Rule.ValueString() + ":" + m.Resource.ValueString())
	}
	now := time.Now()
	if r.data != nil {
		now = r.data.now()
	}
	if !m.ExpiresOn.IsUnknown() {
		if exp, err := linter.ParseDate(m.ExpiresOn.ValueString()); err == nil {
			w := linter.Waiver{ExpiresOn: exp}
			switch {
			case w.Expired(now):
				resp.Diagnostics.AddAttributeWarning(path.Root("expires_on"), "Waiver Expired",
					fmt.Sprintf("The waiver for %s on %s expired on %s. srmlint no longer applies it: renew it (with a fresh approval) or remove it.",
						m.Rule.ValueString(), m.Resource.ValueString(), exp.Format(time.DateOnly)))
			case exp.Sub(now) > maxWaiverDays*24*time.Hour:
				resp.Diagnostics.AddAttributeWarning(path.Root("expires_on"), "Waiver Expiry Far Ahead",
					fmt.Sprintf("The waiver expires on %s, more than %d days from now. Exceptions should be revisited at least yearly.", exp.Format(time.DateOnly), maxWaiverDays))
			}
		}
	}
	if r.data != nil && !m.Guardrail.IsNull() && !m.Guardrail.IsUnknown() && !m.Rule.IsUnknown() {
		if g, ok := r.data.guardrails.get(m.Guardrail.ValueString()); ok && g.enforcement == string(linter.Locked) {
			for _, id := range g.ruleIDs {
				if id == m.Rule.ValueString() {
					resp.Diagnostics.AddAttributeError(path.Root("guardrail"), "Waiver On Locked Guardrail",
						fmt.Sprintf("Guardrail %q is locked and covers rule %s: no waiver can lift it. Fix the finding, or ask the guardrail's owners to change its enforcement or scope.",
							m.Guardrail.ValueString(), id))
				}
			}
		}
	}
	resp.Diagnostics.Append(resp.Plan.Set(ctx, &m)...)
}

func (r *waiverResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.Diagnostics.Append(resp.State.Set(ctx, planned[waiverModel](ctx, req.Plan, &resp.Diagnostics))...)
}

// Read keeps the state: the waiver is a record with no remote object.
func (r *waiverResource) Read(context.Context, resource.ReadRequest, *resource.ReadResponse) {}

func (r *waiverResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.Diagnostics.Append(resp.State.Set(ctx, planned[waiverModel](ctx, req.Plan, &resp.Diagnostics))...)
}

// Delete removes the record; Terraform drops it from state.
func (r *waiverResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

type waiverImport struct {
	Rule          string  `json:"rule"`
	Resource      string  `json:"resource"`
	Justification string  `json:"justification"`
	Approver      string  `json:"approver"`
	ExpiresOn     string  `json:"expires_on"`
	Guardrail     *string `json:"guardrail"`
}

// ImportState accepts a JSON object with the waiver's arguments: a waiver
// without its justification, approver and expiry is not a waiver.
func (r *waiverResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	var in waiverImport
	if err := decodeImport(req.ID, &in); err != nil {
		resp.Diagnostics.AddError("Invalid Import ID", err.Error()+`. Use {"rule": "...", "resource": "...", "justification": "...", "approver": "...", "expires_on": "YYYY-MM-DD"}.`)
		return
	}
	var problems []string
	if err := checkRuleID(in.Rule); err != nil {
		problems = append(problems, err.Error())
	}
	if in.Resource == "" || len(in.Justification) < 10 || in.Approver == "" {
		problems = append(problems, "resource, justification (at least 10 characters) and approver are required")
	} else if err := notOnlyWildcards(in.Resource); err != nil {
		problems = append(problems, "resource: "+err.Error())
	}
	if _, err := linter.ParseDate(in.ExpiresOn); err != nil {
		problems = append(problems, "expires_on: "+err.Error())
	}
	if len(problems) > 0 {
		resp.Diagnostics.AddError("Invalid Import ID", strings.Join(problems, "; "))
		return
	}
	m := waiverModel{
		ID:            types.StringValue(in.Rule + ":" + in.Resource),
		Rule:          types.StringValue(in.Rule),
		Resource:      types.StringValue(in.Resource),
		Justification: types.StringValue(in.Justification),
		Approver:      types.StringValue(in.Approver),
		ExpiresOn:     types.StringValue(in.ExpiresOn),
		Guardrail:     types.StringPointerValue(in.Guardrail),
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
