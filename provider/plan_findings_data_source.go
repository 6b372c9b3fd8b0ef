package provider

import (
	"bytes"
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

var (
	_ datasource.DataSource              = (*planFindingsDataSource)(nil)
	_ datasource.DataSourceWithConfigure = (*planFindingsDataSource)(nil)
)

// NewPlanFindingsDataSource returns the srm_plan_findings data source.
func NewPlanFindingsDataSource() datasource.DataSource { return &planFindingsDataSource{} }

type planFindingsDataSource struct {
	data *providerData
}

type planFindingsModel struct {
	PlanJSON      types.String `tfsdk:"plan_json"`
	FailOn        types.String `tfsdk:"fail_on"`
	Unknown       types.String `tfsdk:"unknown"`
	Findings      types.List   `tfsdk:"findings"`
	Suppressed    types.List   `tfsdk:"suppressed"`
	BlockingCount types.Int64  `tfsdk:"blocking_count"`
	Passed        types.Bool   `tfsdk:"passed"`
}

var findingObjectType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"rule_id":        types.StringType,
	"title":          types.StringType,
	"severity":       types.StringType,
	"address":        types.StringType,
	"resource_type":  types.StringType,
	"module":         types.StringType,
	"attribute":      types.StringType,
	"action":         types.StringType,
	"message":        types.StringType,
	"unknown":        types.BoolType,
	"blocking":       types.BoolType,
	"controls":       mappingsType,
	"service":        types.StringType,
	"control_area":   types.StringType,
	"responsibility": types.StringType,
	"owner":          types.StringType,
	"enforcement":    types.StringType,
	"suppression":    types.StringType,
}}

func (d *planFindingsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_plan_findings"
}

func (d *planFindingsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, _ *datasource.ConfigureResponse) {
	if data, ok := req.ProviderData.(*providerData); ok {
		d.data = data
	}
}

func (d *planFindingsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	thresholds := append(severityNames(), "none")
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lints a plan (or state) JSON document with srmlint's engine, inside Terraform: the same rules, guardrails " +
			"(`srm_*` resources in that plan), waivers and results as `srmlint check`. Pass the output of " +
			"`terraform show -json`, e.g. `plan_json = file(\"plan.json\")`. An invalid document is an error.\n\n" +
			"Findings are located by resource address only (the data source has no `.tf` files to point into), " +
			"and inline `# srmlint:ignore` comments are not read.",
		Attributes: map[string]schema.Attribute{
			"plan_json": schema.StringAttribute{
				MarkdownDescription: "The plan or state JSON printed by `terraform show -json`.",
				Required:            true,
			},
			"fail_on": schema.StringAttribute{
				MarkdownDescription: "Lowest severity whose findings block (as `srmlint check --fail-on`): " + backquoted(thresholds) + ". Defaults to `high`.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(thresholds...)},
			},
			"unknown": schema.StringAttribute{
				MarkdownDescription: "How findings that depend on values known only after apply count: `fail`, `warn` (default) or `ignore`.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf("fail", "warn", "ignore")},
			},
			"findings": schema.ListAttribute{
				MarkdownDescription: "The findings, ordered by address and rule. Each has `rule_id`, `title`, `severity`, `address`, `resource_type`, " +
					"`module`, `attribute`, `action`, `message`, `unknown`, `blocking`, `controls` (framework to control IDs), `service`, " +
					"`control_area`, `responsibility`, `owner` (team, when an `srm_control_owner` covers it), `enforcement` and `suppression` (empty).",
				Computed:    true,
				ElementType: findingObjectType,
			},
			"suppressed": schema.ListAttribute{
				MarkdownDescription: "Findings that a waiver suppresses, with `suppression` saying which and why.",
				Computed:            true,
				ElementType:         findingObjectType,
			},
			"blocking_count": schema.Int64Attribute{
				MarkdownDescription: "How many findings block.",
				Computed:            true,
			},
			"passed": schema.BoolAttribute{
				MarkdownDescription: "True when nothing blocks (`srmlint check` would exit 0).",
				Computed:            true,
			},
		},
	}
}

func (d *planFindingsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m planFindingsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	p, err := plan.Load("plan_json", bytes.NewReader([]byte(m.PlanJSON.ValueString())))
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("plan_json"), "Invalid Plan JSON", "The plan_json value is not a plan or state from `terraform show -json`: "+err.Error())
		return
	}
	failOn := linter.SeverityHigh
	if !m.FailOn.IsNull() {
		failOn, _ = linter.ParseSeverity(m.FailOn.ValueString()) // validated
	}
	unknown := linter.UnknownWarn
	if !m.Unknown.IsNull() {
		unknown, _ = linter.ParseUnknownPolicy(m.Unknown.ValueString())
	}
	all := rules.All()
	opt := linter.Options{Rules: all, AllRules: all, Settings: linter.DefaultSettings(), FailOn: failOn, Unknown: unknown}
	if d.data != nil {
		opt.Now = d.data.now()
	}
	res, err := linter.Check(ctx, []linter.Input{{Plan: p}}, opt)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("plan_json"), "Plan Check Error", "srmlint could not check the plan: "+err.Error())
		return
	}
	var diags diag.Diagnostics
	m.Findings, diags = findingsList(res.Findings)
	resp.Diagnostics.Append(diags...)
	m.Suppressed, diags = findingsList(res.Suppressed)
	resp.Diagnostics.Append(diags...)
	m.BlockingCount = types.Int64Value(int64(res.Blocking()))
	m.Passed = types.BoolValue(res.Blocking() == 0)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func findingsList(fs []linter.Finding) (types.List, diag.Diagnostics) {
	var diags diag.Diagnostics
	vals := []attr.Value{}
	for _, f := range fs {
		ms, d := mappingsValue(f.Rule.Mappings())
		diags.Append(d...)
		owner, suppression := "", ""
		if f.Owner != nil {
			owner = f.Owner.Team
		}
		if s := f.Suppression; s != nil {
			suppression = s.Kind + " at " + s.Where + ": " + s.Reason
		}
		obj, d := types.ObjectValue(findingObjectType.AttrTypes, map[string]attr.Value{
			"rule_id":        types.StringValue(f.RuleID),
			"title":          types.StringValue(f.Rule.Title),
			"severity":       types.StringValue(f.Severity.String()),
			"address":        types.StringValue(f.Address),
			"resource_type":  types.StringValue(f.Type),
			"module":         types.StringValue(f.Module),
			"attribute":      types.StringValue(f.Attribute),
			"action":         types.StringValue(string(f.Action)),
			"message":        types.StringValue(f.Message),
			"unknown":        types.BoolValue(f.Unknown),
			"blocking":       types.BoolValue(f.Blocking),
			"controls":       ms,
			"service":        types.StringValue(f.Rule.Service),
			"control_area":   types.StringValue(f.Rule.Area),
			"responsibility": types.StringValue(f.Rule.Responsibility()),
			"owner":          types.StringValue(owner),
			"enforcement":    types.StringValue(string(f.Enforcement)),
			"suppression":    types.StringValue(suppression),
		})
		diags.Append(d...)
		vals = append(vals, obj)
	}
	l, d := types.ListValue(findingObjectType, vals)
	diags.Append(d...)
	return l, diags
}
