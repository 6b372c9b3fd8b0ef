package provider

import (
	"context"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/report"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

var _ datasource.DataSource = (*controlsDataSource)(nil)

// NewControlsDataSource returns the srm_controls data source.
func NewControlsDataSource() datasource.DataSource { return &controlsDataSource{} }

type controlsDataSource struct{}

type controlsModel struct {
	Framework   types.String `tfsdk:"framework"`
	Service     types.String `tfsdk:"service"`
	MinSeverity types.String `tfsdk:"min_severity"`
	Rules       types.List   `tfsdk:"rules"`
	Controls    types.List   `tfsdk:"controls"`
	RuleIDs     types.List   `tfsdk:"rule_ids"`
}

var mappingsType = types.MapType{ElemType: types.ListType{ElemType: types.StringType}}

var ruleObjectType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"id":             types.StringType,
	"title":          types.StringType,
	"severity":       types.StringType,
	"service":        types.StringType,
	"control_area":   types.StringType,
	"responsibility": types.StringType,
	"controls":       mappingsType,
	"help_uri":       types.StringType,
}}

var controlObjectType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"id":             types.StringType,
	"title":          types.StringType,
	"severity":       types.StringType,
	"in_fsbp":        types.BoolType,
	"plan_checkable": types.StringType,
	"rule_ids":       types.ListType{ElemType: types.StringType},
	"mappings":       mappingsType,
}}

// severityNames are the finding severities, highest first.
func severityNames() []string {
	out := make([]string, len(linter.Severities))
	for i, s := range linter.Severities {
		out[i] = s.String()
	}
	return out
}

// controlServices are the service names that rules and Security Hub
// controls use (matrix services plus Security Hub prefixes such as EC2).
func controlServices() []string {
	set := map[string]bool{}
	for _, s := range catalog.Services() {
		set[s] = true
	}
	for _, c := range catalog.Controls() {
		svc, _, _ := strings.Cut(c.ID, ".")
		set[svc] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func (d *controlsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_controls"
}

func (d *controlsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "srmlint's control catalog: every rule with its severity, service, responsibility and control mappings " +
			"(AWS Security Hub / FSBP, CIS v1.4.0, v3.0.0 and v5.0.0, NIST 800-53 r5, ISO 27001:2022), and every Security Hub control " +
			"in the catalog with the rules that check it. Filters are optional and combine.",
		Attributes: map[string]schema.Attribute{
			"framework": schema.StringAttribute{
				MarkdownDescription: "Only rules and controls with a mapping in this framework. One of " + backquoted(catalog.Frameworks) + ".",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(catalog.Frameworks...)},
			},
			"service": schema.StringAttribute{
				MarkdownDescription: "Only rules of this service and controls with this Security Hub prefix, e.g. `S3`.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(controlServices()...)},
			},
			"min_severity": schema.StringAttribute{
				MarkdownDescription: "Only rules and controls at or above this severity: " + backquoted(severityNames()) + ".",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(severityNames()...)},
			},
			"rules": schema.ListAttribute{
				MarkdownDescription: "The matching rules, by ID. Each has `id`, `title`, `severity`, `service`, `control_area`, `responsibility` " +
					"(the matrix owner of the rule's control area), `controls` (framework to control IDs) and `help_uri`.",
				Computed:    true,
				ElementType: ruleObjectType,
			},
			"controls": schema.ListAttribute{
				MarkdownDescription: "The matching Security Hub controls. Each has `id`, `title`, `severity`, `in_fsbp`, `plan_checkable` " +
					"(whether a plan can show it, and why not), `rule_ids` (the rules that check it) and `mappings` (framework to IDs).",
				Computed:    true,
				ElementType: controlObjectType,
			},
			"rule_ids": schema.ListAttribute{
				MarkdownDescription: "The IDs of the matching rules, e.g. for an `srm_guardrail`.",
				Computed:            true,
				ElementType:         types.StringType,
			},
		},
	}
}

func (d *controlsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m controlsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	minSev := linter.SeverityLow
	if !m.MinSeverity.IsNull() {
		minSev, _ = linter.ParseSeverity(m.MinSeverity.ValueString()) // validated
	}
	framework, service := m.Framework.ValueString(), m.Service.ValueString()

	var ruleVals []attr.Value
	var ids []string
	covering := map[string][]string{} // Security Hub control -> rule IDs
	for _, r := range rules.All() {
		mp := r.Mappings()
		for _, c := range mp[catalog.FrameworkSecurityHub] {
			covering[c] = append(covering[c], r.ID)
		}
		if r.Severity < minSev || (framework != "" && len(mp[framework]) == 0) || (service != "" && r.Service != service) {
			continue
		}
		ms, diags := mappingsValue(mp)
		resp.Diagnostics.Append(diags...)
		obj, diags := types.ObjectValue(ruleObjectType.AttrTypes, map[string]attr.Value{
			"id":             types.StringValue(r.ID),
			"title":          types.StringValue(r.Title),
			"severity":       types.StringValue(r.Severity.String()),
			"service":        types.StringValue(r.Service),
			"control_area":   types.StringValue(r.Area),
			"responsibility": types.StringValue(r.Responsibility()),
			"controls":       ms,
			"help_uri":       types.StringValue(report.HelpURI(r.ID, "")),
		})
		resp.Diagnostics.Append(diags...)
		ruleVals = append(ruleVals, obj)
		ids = append(ids, r.ID)
	}
	var ctrlVals []attr.Value
	for _, c := range catalog.Controls() {
		mp := c.Mappings()
		sev, err := linter.ParseSeverity(c.Severity)
		svc, _, _ := strings.Cut(c.ID, ".")
		if err != nil || sev < minSev || (framework != "" && len(mp[framework]) == 0) || (service != "" && svc != service) {
			continue
		}
		ms, diags := mappingsValue(mp)
		resp.Diagnostics.Append(diags...)
		ruleIDs, diags := types.ListValueFrom(ctx, types.StringType, nonNil(covering[c.ID]))
		resp.Diagnostics.Append(diags...)
		obj, diags := types.ObjectValue(controlObjectType.AttrTypes, map[string]attr.Value{
			"id":             types.StringValue(c.ID),
			"title":          types.StringValue(c.Title),
			"severity":       types.StringValue(strings.ToLower(c.Severity)),
			"in_fsbp":        types.BoolValue(c.InFSBP),
			"plan_checkable": types.StringValue(c.PlanCheckable),
			"rule_ids":       ruleIDs,
			"mappings":       ms,
		})
		resp.Diagnostics.Append(diags...)
		ctrlVals = append(ctrlVals, obj)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	var diags diag.Diagnostics
	m.Rules, diags = types.ListValue(ruleObjectType, nonNilValues(ruleVals))
	resp.Diagnostics.Append(diags...)
	m.Controls, diags = types.ListValue(controlObjectType, nonNilValues(ctrlVals))
	resp.Diagnostics.Append(diags...)
	m.RuleIDs, diags = types.ListValueFrom(ctx, types.StringType, nonNil(ids))
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// mappingsValue converts framework -> IDs into a Terraform map of lists.
func mappingsValue(m map[string][]string) (types.Map, diag.Diagnostics) {
	var diags diag.Diagnostics
	elems := map[string]attr.Value{}
	for k, ids := range m {
		vals := make([]attr.Value, len(ids))
		for i, id := range ids {
			vals[i] = types.StringValue(id)
		}
		l, d := types.ListValue(types.StringType, vals)
		diags.Append(d...)
		elems[k] = l
	}
	mv, d := types.MapValue(types.ListType{ElemType: types.StringType}, elems)
	diags.Append(d...)
	return mv, diags
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilValues(s []attr.Value) []attr.Value {
	if s == nil {
		return []attr.Value{}
	}
	return s
}
