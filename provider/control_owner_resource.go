package provider

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

var (
	_ resource.Resource                   = (*controlOwnerResource)(nil)
	_ resource.ResourceWithValidateConfig = (*controlOwnerResource)(nil)
	_ resource.ResourceWithModifyPlan     = (*controlOwnerResource)(nil)
	_ resource.ResourceWithImportState    = (*controlOwnerResource)(nil)
)

// NewControlOwnerResource returns the srm_control_owner resource.
func NewControlOwnerResource() resource.Resource { return &controlOwnerResource{} }

type controlOwnerResource struct{}

type controlOwnerModel struct {
	ID             types.String `tfsdk:"id"`
	Service        types.String `tfsdk:"service"`
	ControlArea    types.String `tfsdk:"control_area"`
	Team           types.String `tfsdk:"team"`
	Contact        types.String `tfsdk:"contact"`
	RunbookURL     types.String `tfsdk:"runbook_url"`
	Escalation     types.String `tfsdk:"escalation"`
	ReviewDate     types.String `tfsdk:"review_date"`
	Responsibility types.String `tfsdk:"responsibility"`
}

func (r *controlOwnerResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_control_owner"
}

func (r *controlOwnerResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Who in your organisation owns a control area and/or service: the codified form of the responsibility " +
			"matrix's `customer` and `shared` cells. `srmlint check` attaches the most specific owner (service and area, then area, then " +
			"service) to every finding, so reports name the team, its contact and runbook. Names are checked against the matrix, and a " +
			"claim on a cell that AWS alone owns (for example `physical_facilities`) is refused with the reason. The resource is a record " +
			"in Terraform state; it calls no API.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "`<service>/<control_area>`, with `*` for the one not given.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"service": schema.StringAttribute{
				MarkdownDescription: "The service, as in the matrix: " + backquoted(catalog.Services()) + ". At least one of `service` and `control_area` is required.",
				Optional:            true,
				Validators: []validator.String{
					stringvalidator.OneOf(catalog.Services()...),
					stringvalidator.AtLeastOneOf(path.MatchRoot("control_area")),
				},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"control_area": schema.StringAttribute{
				MarkdownDescription: "The control area: " + backquoted(catalog.ControlAreas) + ".",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(catalog.ControlAreas...)},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"team": schema.StringAttribute{
				MarkdownDescription: "The owning team, shown on findings (`owner: <team>`).",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"contact": schema.StringAttribute{
				MarkdownDescription: "How to reach the team: an e-mail address, a chat channel.",
				Optional:            true,
			},
			"runbook_url": schema.StringAttribute{
				MarkdownDescription: "The incident-response runbook for this control area (http or https URL).",
				Optional:            true,
				Validators:          []validator.String{httpURL()},
			},
			"escalation": schema.StringAttribute{
				MarkdownDescription: "Whom to escalate to, e.g. an on-call rotation.",
				Optional:            true,
			},
			"review_date": schema.StringAttribute{
				MarkdownDescription: "When the ownership was last reviewed, `YYYY-MM-DD`.",
				Optional:            true,
				Validators:          []validator.String{date()},
			},
			"responsibility": schema.StringAttribute{
				MarkdownDescription: "What the matrix says for the cell (`customer` or `shared`) when both `service` and `control_area` are set; empty otherwise.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

// claimProblem explains why a team cannot own a cell, or returns "".
func claimProblem(service, area string) string {
	switch {
	case service != "" && area != "":
		row, ok := catalog.Responsibility(service, area)
		if !ok {
			return ""
		}
		switch row.Owner {
		case catalog.OwnerAWS:
			return fmt.Sprintf("The responsibility matrix gives %s of %s to AWS alone (source: %s; %s). A customer team cannot own it. "+
				"Own a customer or shared area instead, e.g. identity_access_management or encryption_at_rest.", area, service, row.Source, row.Note)
		case catalog.OwnerNA:
			return fmt.Sprintf("The control area %s does not apply to %s (source: %s), so there is nothing to own.", area, service, row.Source)
		}
	case area != "":
		for _, row := range catalog.Matrix() {
			if row.ControlArea == area && (row.Owner == catalog.OwnerCustomer || row.Owner == catalog.OwnerShared) {
				return ""
			}
		}
		return fmt.Sprintf("AWS owns %s for every service in the responsibility matrix; a customer team cannot own it.", area)
	}
	return ""
}

func (r *controlOwnerResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m controlOwnerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.Service.IsUnknown() || m.ControlArea.IsUnknown() {
		return
	}
	if msg := claimProblem(m.Service.ValueString(), m.ControlArea.ValueString()); msg != "" {
		resp.Diagnostics.AddAttributeError(path.Root("control_area"), "Control Owned By AWS", msg)
	}
}

func ownerID(service, area string) string {
	if service == "" {
		service = "*"
	}
	if area == "" {
		area = "*"
	}
	return service + "/" + area
}

// ModifyPlan fills in the id and the matrix's responsibility at plan time.
func (r *controlOwnerResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var m controlOwnerModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.Service.IsUnknown() || m.ControlArea.IsUnknown() {
		return
	}
	m.ID = types.StringValue(ownerID(m.Service.ValueString(), m.ControlArea.ValueString()))
	m.Responsibility = types.StringValue(responsibilityOf(m.Service.ValueString(), m.ControlArea.ValueString()))
	resp.Diagnostics.Append(resp.Plan.Set(ctx, &m)...)
}

func responsibilityOf(service, area string) string {
	if row, ok := catalog.Responsibility(service, area); ok && service != "" && area != "" {
		return row.Owner
	}
	return ""
}

func (r *controlOwnerResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.Diagnostics.Append(resp.State.Set(ctx, planned[controlOwnerModel](ctx, req.Plan, &resp.Diagnostics))...)
}

// Read keeps the state: the record has no remote object.
func (r *controlOwnerResource) Read(context.Context, resource.ReadRequest, *resource.ReadResponse) {}

func (r *controlOwnerResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.Diagnostics.Append(resp.State.Set(ctx, planned[controlOwnerModel](ctx, req.Plan, &resp.Diagnostics))...)
}

// Delete removes the record; Terraform drops it from state.
func (r *controlOwnerResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {
}

type controlOwnerImport struct {
	Service     string  `json:"service"`
	ControlArea string  `json:"control_area"`
	Team        string  `json:"team"`
	Contact     *string `json:"contact"`
	RunbookURL  *string `json:"runbook_url"`
	Escalation  *string `json:"escalation"`
	ReviewDate  *string `json:"review_date"`
}

// ImportState accepts "<service>/<control_area>/<team>" (with * for an
// omitted service or area) or a JSON object with the arguments.
func (r *controlOwnerResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	var in controlOwnerImport
	if strings.HasPrefix(strings.TrimSpace(req.ID), "{") {
		if err := decodeImport(req.ID, &in); err != nil {
			resp.Diagnostics.AddError("Invalid Import ID", err.Error())
			return
		}
	} else {
		parts := strings.SplitN(req.ID, "/", 3)
		if len(parts) != 3 {
			resp.Diagnostics.AddError("Invalid Import ID", fmt.Sprintf("%q: want <service>/<control_area>/<team> (use * for an omitted service or area), or a JSON object.", req.ID))
			return
		}
		in.Service, in.ControlArea, in.Team = strings.Trim(parts[0], "*"), strings.Trim(parts[1], "*"), parts[2]
	}
	var problems []string
	if in.Service != "" && catalog.CanonicalService(in.Service) != in.Service {
		problems = append(problems, fmt.Sprintf("unknown service %q", in.Service))
	}
	if in.ControlArea != "" && !slices.Contains(catalog.ControlAreas, in.ControlArea) {
		problems = append(problems, fmt.Sprintf("unknown control area %q", in.ControlArea))
	}
	if in.Service == "" && in.ControlArea == "" {
		problems = append(problems, "a service or a control area is required")
	}
	if in.Team == "" {
		problems = append(problems, "a team is required")
	}
	if msg := claimProblem(in.Service, in.ControlArea); msg != "" {
		problems = append(problems, msg)
	}
	if len(problems) > 0 {
		resp.Diagnostics.AddError("Invalid Import ID", strings.Join(problems, "; "))
		return
	}
	m := controlOwnerModel{
		ID:             types.StringValue(ownerID(in.Service, in.ControlArea)),
		Service:        optionalString(in.Service),
		ControlArea:    optionalString(in.ControlArea),
		Team:           types.StringValue(in.Team),
		Contact:        types.StringPointerValue(in.Contact),
		RunbookURL:     types.StringPointerValue(in.RunbookURL),
		Escalation:     types.StringPointerValue(in.Escalation),
		ReviewDate:     types.StringPointerValue(in.ReviewDate),
		Responsibility: types.StringValue(responsibilityOf(in.Service, in.ControlArea)),
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func optionalString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}
