package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

var (
	_ resource.Resource                = (*guardrailResource)(nil)
	_ resource.ResourceWithConfigure   = (*guardrailResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*guardrailResource)(nil)
	_ resource.ResourceWithImportState = (*guardrailResource)(nil)
)

// NewGuardrailResource returns the srm_guardrail resource.
func NewGuardrailResource() resource.Resource { return &guardrailResource{} }

type guardrailResource struct {
	data *providerData
}

type guardrailModel struct {
	ID          types.String `tfsdk:"id"`
	Name        types.String `tfsdk:"name"`
	Description types.String `tfsdk:"description"`
	Rules       types.Set    `tfsdk:"rules"`
	Controls    types.Set    `tfsdk:"controls"`
	Frameworks  types.Set    `tfsdk:"frameworks"`
	Services    types.Set    `tfsdk:"services"`
	MinSeverity types.String `tfsdk:"min_severity"`
	Enforcement types.String `tfsdk:"enforcement"`
	Scope       types.Object `tfsdk:"scope"`
	RuleIDs     types.List   `tfsdk:"rule_ids"`
}

type scopeModel struct {
	Modules       types.List `tfsdk:"modules"`
	ResourceTypes types.List `tfsdk:"resource_types"`
	Tags          types.Map  `tfsdk:"tags"`
}

var scopeAttrTypes = map[string]attr.Type{
	"modules":        types.ListType{ElemType: types.StringType},
	"resource_types": types.ListType{ElemType: types.StringType},
	"tags":           types.MapType{ElemType: types.StringType},
}

func enforcementNames() []string {
	out := make([]string, len(linter.Enforcements))
	for i, e := range linter.Enforcements {
		out[i] = string(e)
	}
	return out
}

func (r *guardrailResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_guardrail"
}

func (r *guardrailResource) Configure(_ context.Context, req resource.ConfigureRequest, _ *resource.ConfigureResponse) {
	if data, ok := req.ProviderData.(*providerData); ok {
		r.data = data
	}
}

func (r *guardrailResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stringSet := func(desc string, v validator.String) schema.SetAttribute {
		return schema.SetAttribute{
			MarkdownDescription: desc,
			Optional:            true,
			ElementType:         types.StringType,
			Validators:          []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(v)},
		}
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "A guardrail: which srmlint rules apply, where, and how strictly. `srmlint check` reads every `srm_guardrail` " +
			"in the plan it lints (or in a separate guardrails plan or state given with `--guardrails`). Findings of the covered rules in " +
			"the guardrail's scope are `advisory` (reported, never blocking), `mandatory` (blocking unless an `srm_waiver` applies) or " +
			"`locked` (blocking; no waiver or inline suppression can lift them).\n\n" +
			"Rules are selected by rule ID, control ID, framework or service (selectors add up), at or above `min_severity`; " +
			"a guardrail without selectors covers every rule. Unknown IDs are errors at plan time. The resource is a record in " +
			"Terraform state; it calls no API.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				MarkdownDescription: "The guardrail's name.",
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"name": schema.StringAttribute{
				MarkdownDescription: "A unique name, shown on every finding the guardrail enforces. Changing it replaces the guardrail. Waivers name their guardrail by it; should two guardrails share a name, a waiver sees the stricter of them.",
				Required:            true,
				Validators:          []validator.String{stringvalidator.LengthBetween(1, 128)},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"description": schema.StringAttribute{
				MarkdownDescription: "Why the guardrail exists.",
				Optional:            true,
			},
			"rules":      stringSet("srmlint rule IDs, e.g. `s3_bucket_public_read` (see `srmlint rules` or `data.srm_controls`).", ruleID()),
			"controls":   stringSet("Control IDs: AWS Security Hub IDs such as `S3.8`, or `framework:id` such as `cis_v3.0.0:2.1.4`. Every rule mapped to one of them is covered.", controlID()),
			"frameworks": stringSet("Frameworks: every rule mapped to one of them is covered. One of "+backquoted(catalog.Frameworks)+".", stringvalidator.OneOf(catalog.Frameworks...)),
			"services":   stringSet("Services of the responsibility matrix, e.g. `S3`, `IAM`, `KMS`: every rule of one of them is covered.", stringvalidator.OneOf(catalog.Services()...)),
			"min_severity": schema.StringAttribute{
				MarkdownDescription: "Only rules at or above this severity are covered: " + backquoted(severityNames()) + ". Defaults to `low`.",
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString("low"),
				Validators:          []validator.String{stringvalidator.OneOf(severityNames()...)},
			},
			"enforcement": schema.StringAttribute{
				MarkdownDescription: "`advisory`, `mandatory` (default) or `locked`.",
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString(string(linter.Mandatory)),
				Validators:          []validator.String{stringvalidator.OneOf(enforcementNames()...)},
			},
			"scope": schema.SingleNestedAttribute{
				MarkdownDescription: "Limits the guardrail to some resources; without it, it applies everywhere. All given conditions must hold.",
				Optional:            true,
				Attributes: map[string]schema.Attribute{
					"modules": schema.ListAttribute{
						MarkdownDescription: "Module instance address patterns (`*` matches any characters), e.g. `module.payments*`; `root` is the root module. A module also covers its children.",
						Optional:            true,
						ElementType:         types.StringType,
					},
					"resource_types": schema.ListAttribute{
						MarkdownDescription: "Resource type patterns, e.g. `aws_s3_*`.",
						Optional:            true,
						ElementType:         types.StringType,
					},
					"tags": schema.MapAttribute{
						MarkdownDescription: "Tags the resource must carry (value patterns with `*`), e.g. `{ DataClassification = \"confidential\" }`.",
						Optional:            true,
						ElementType:         types.StringType,
					},
				},
			},
			"rule_ids": schema.ListAttribute{
				MarkdownDescription: "The rules the guardrail covers, resolved at plan time.",
				Computed:            true,
				ElementType:         types.StringType,
			},
		},
	}
}

// toGuardrail converts a model with known values into the engine's type;
// ok is false when some selector is known only after apply.
func (m *guardrailModel) toGuardrail(ctx context.Context) (g linter.Guardrail, ok bool, diags diag.Diagnostics) {
	for _, v := range []attr.Value{m.Name, m.Rules, m.Controls, m.Frameworks, m.Services, m.MinSeverity, m.Enforcement, m.Scope} {
		if v.IsUnknown() {
			return g, false, nil
		}
	}
	g.Name = m.Name.ValueString()
	g.Enforcement = linter.Enforcement(m.Enforcement.ValueString())
	g.MinSeverity, _ = linter.ParseSeverity(m.MinSeverity.ValueString())
	diags.Append(m.Rules.ElementsAs(ctx, &g.Rules, false)...)
	diags.Append(m.Controls.ElementsAs(ctx, &g.Controls, false)...)
	diags.Append(m.Frameworks.ElementsAs(ctx, &g.Frameworks, false)...)
	diags.Append(m.Services.ElementsAs(ctx, &g.Services, false)...)
	if !m.Scope.IsNull() {
		var s scopeModel
		diags.Append(m.Scope.As(ctx, &s, objectAsOptions)...)
		if s.Modules.IsUnknown() || s.ResourceTypes.IsUnknown() || s.Tags.IsUnknown() {
			return g, false, diags
		}
		diags.Append(s.Modules.ElementsAs(ctx, &g.Scope.Modules, false)...)
		diags.Append(s.ResourceTypes.ElementsAs(ctx, &g.Scope.ResourceTypes, false)...)
		diags.Append(s.Tags.ElementsAs(ctx, &g.Scope.Tags, false)...)
	}
	return g, !diags.HasError(), diags
}

// ModifyPlan resolves the covered rules at plan time, so that the plan shows
// them, and records the guardrail for waivers planned in the same run.
func (r *guardrailResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return // destroy
	}
	var m guardrailModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	m.ID = m.Name
	g, ok, diags := m.toGuardrail(ctx)
	resp.Diagnostics.Append(diags...)
	if !ok {
		m.RuleIDs = types.ListUnknown(types.StringType)
		resp.Diagnostics.Append(resp.Plan.Set(ctx, &m)...)
		return
	}
	covered, err := g.Select(rules.All())
	if err != nil {
		resp.Diagnostics.AddError("Invalid Guardrail", err.Error())
		return
	}
	ids := make([]string, len(covered))
	for i, rule := range covered {
		ids[i] = rule.ID
	}
	if len(ids) == 0 {
		resp.Diagnostics.AddAttributeWarning(path.Root("min_severity"), "Guardrail Covers No Rule",
			fmt.Sprintf("Guardrail %q selects no srmlint rule: no rule matches its selectors at or above min_severity %q, so it enforces nothing.", g.Name, g.MinSeverity))
	}
	list, diags := types.ListValueFrom(ctx, types.StringType, ids)
	resp.Diagnostics.Append(diags...)
	m.RuleIDs = list
	if r.data != nil {
		r.data.guardrails.put(g.Name, plannedGuardrail{enforcement: string(g.Enforcement), ruleIDs: ids})
	}
	resp.Diagnostics.Append(resp.Plan.Set(ctx, &m)...)
}

func (r *guardrailResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.Diagnostics.Append(resp.State.Set(ctx, planned[guardrailModel](ctx, req.Plan, &resp.Diagnostics))...)
}

// Read keeps the state as it is: the guardrail is a record with no remote
// object that could drift.
func (r *guardrailResource) Read(context.Context, resource.ReadRequest, *resource.ReadResponse) {}

func (r *guardrailResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.Diagnostics.Append(resp.State.Set(ctx, planned[guardrailModel](ctx, req.Plan, &resp.Diagnostics))...)
}

// Delete removes the record; Terraform drops it from state.
func (r *guardrailResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {
}

// guardrailImport is the JSON import form of a guardrail.
type guardrailImport struct {
	Name        string   `json:"name"`
	Description *string  `json:"description"`
	Rules       []string `json:"rules"`
	Controls    []string `json:"controls"`
	Frameworks  []string `json:"frameworks"`
	Services    []string `json:"services"`
	MinSeverity string   `json:"min_severity"`
	Enforcement string   `json:"enforcement"`
	Scope       *struct {
		Modules       []string          `json:"modules"`
		ResourceTypes []string          `json:"resource_types"`
		Tags          map[string]string `json:"tags"`
	} `json:"scope"`
}

// ImportState accepts the guardrail's name, or a JSON object with all its
// arguments ({"name": "...", "rules": [...], "enforcement": "locked"}).
func (r *guardrailResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	in := guardrailImport{Name: req.ID}
	if strings.HasPrefix(strings.TrimSpace(req.ID), "{") {
		in = guardrailImport{}
		if err := decodeImport(req.ID, &in); err != nil {
			resp.Diagnostics.AddError("Invalid Import ID", err.Error())
			return
		}
	}
	if in.Name == "" {
		resp.Diagnostics.AddError("Invalid Import ID", "The import ID must be the guardrail's name or a JSON object with a \"name\".")
		return
	}
	// The same checks as the schema's validators, which import bypasses.
	if e := in.Enforcement; e != "" && !slices.Contains(linter.Enforcements, linter.Enforcement(e)) {
		resp.Diagnostics.AddError("Invalid Import ID", fmt.Sprintf("enforcement %q is not advisory, mandatory or locked.", e))
	}
	if sev, err := linter.ParseSeverity(orDefault(in.MinSeverity, "low")); err != nil || sev == linter.SeverityNone {
		resp.Diagnostics.AddError("Invalid Import ID", fmt.Sprintf("min_severity %q is not critical, high, medium or low.", in.MinSeverity))
	}
	if resp.Diagnostics.HasError() {
		return
	}
	m := guardrailModel{
		ID:          types.StringValue(in.Name),
		Name:        types.StringValue(in.Name),
		Description: types.StringPointerValue(in.Description),
		MinSeverity: types.StringValue(orDefault(in.MinSeverity, "low")),
		Enforcement: types.StringValue(orDefault(in.Enforcement, string(linter.Mandatory))),
		Rules:       stringSetOrNull(in.Rules),
		Controls:    stringSetOrNull(in.Controls),
		Frameworks:  stringSetOrNull(in.Frameworks),
		Services:    stringSetOrNull(in.Services),
		Scope:       types.ObjectNull(scopeAttrTypes),
	}
	if in.Scope != nil {
		obj, diags := types.ObjectValue(scopeAttrTypes, map[string]attr.Value{
			"modules":        stringListOrNull(in.Scope.Modules),
			"resource_types": stringListOrNull(in.Scope.ResourceTypes),
			"tags":           stringMapOrNull(in.Scope.Tags),
		})
		resp.Diagnostics.Append(diags...)
		m.Scope = obj
	}
	g, _, diags := m.toGuardrail(ctx)
	resp.Diagnostics.Append(diags...)
	covered, err := g.Select(rules.All())
	if err != nil {
		resp.Diagnostics.AddError("Invalid Import ID", err.Error())
		return
	}
	ids := []string{}
	for _, rule := range covered {
		ids = append(ids, rule.ID)
	}
	m.RuleIDs, diags = types.ListValueFrom(ctx, types.StringType, ids)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// decodeImport decodes a JSON import ID strictly: unknown keys are errors.
func decodeImport(id string, v any) error {
	dec := json.NewDecoder(strings.NewReader(id))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("the import ID is not a valid JSON object for this resource: %v", err)
	}
	return nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
