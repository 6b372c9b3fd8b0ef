package provider

import (
	"context"
	"errors"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/awsapi"
	"github.com/srmguard/terraform-provider-srm/linter/posture"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

var (
	_ datasource.DataSource              = (*accountPostureDataSource)(nil)
	_ datasource.DataSourceWithConfigure = (*accountPostureDataSource)(nil)
)

// NewAccountPostureDataSource returns the srm_account_posture data source.
func NewAccountPostureDataSource() datasource.DataSource { return &accountPostureDataSource{} }

type accountPostureDataSource struct {
	data *providerData
}

type accountPostureModel struct {
	Region        types.String `tfsdk:"region"`
	Profile       types.String `tfsdk:"profile"`
	FailOn        types.String `tfsdk:"fail_on"`
	Unknown       types.String `tfsdk:"unknown"`
	AccountID     types.String `tfsdk:"account_id"`
	Findings      types.List   `tfsdk:"findings"`
	Unverified    types.List   `tfsdk:"unverified"`
	BlockingCount types.Int64  `tfsdk:"blocking_count"`
	Passed        types.Bool   `tfsdk:"passed"`
}

func (d *accountPostureDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_account_posture"
}

func (d *accountPostureDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, _ *datasource.ConfigureResponse) {
	if data, ok := req.ProviderData.(*providerData); ok {
		d.data = data
	}
}

func (d *accountPostureDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	thresholds := append(severityNames(), "none")
	resp.Schema = schema.Schema{
		MarkdownDescription: "Checks the live account-level settings of an AWS account and region, as `srmlint posture` does: S3 account " +
			"Block Public Access, EBS encryption by default, the IAM password policy, CloudTrail trails and their status, GuardDuty detectors, " +
			"AWS Config recorders, Security Hub and IAM Access Analyzer. Findings use the same rules as a plan's account baseline. " +
			"Credentials and region come from the AWS SDK's default chain (`AWS_PROFILE`, `AWS_ACCESS_KEY_ID`, SSO, instance roles, " +
			"`AWS_REGION`), unless `profile` or `region` is set; `AWS_ENDPOINT_URL` redirects every call.\n\n" +
			"~> **Important** This is the only part of the provider that calls an API (read-only; the AWS managed policy `SecurityAudit` " +
			"allows every call). A setting that cannot be read is listed in `unverified` and reported as an unknown finding, never as a pass.",
		Attributes: map[string]schema.Attribute{
			"region": schema.StringAttribute{
				MarkdownDescription: "The region to check. Defaults to the SDK's region (`AWS_REGION`, the profile's region).",
				Optional:            true,
			},
			"profile": schema.StringAttribute{
				MarkdownDescription: "The AWS shared config profile. Defaults to `AWS_PROFILE` or `default`.",
				Optional:            true,
			},
			"fail_on": schema.StringAttribute{
				MarkdownDescription: "Lowest severity whose findings block: " + backquoted(thresholds) + ". Defaults to `high`.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(thresholds...)},
			},
			"unknown": schema.StringAttribute{
				MarkdownDescription: "How settings that could not be read count: `fail`, `warn` (default) or `ignore`.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf("fail", "warn", "ignore")},
			},
			"account_id": schema.StringAttribute{
				MarkdownDescription: "The account that was checked.",
				Computed:            true,
			},
			"findings": schema.ListAttribute{
				MarkdownDescription: "The findings, with the attributes of `srm_plan_findings`. Resources are named `<type>.account[\"<AWS identifier>\"]`; " +
					"missing settings have the address `account`.",
				Computed:    true,
				ElementType: findingObjectType,
			},
			"unverified": schema.ListAttribute{
				MarkdownDescription: "The reads that failed, as `<call>: <error code>` (e.g. `guardduty:ListDetectors: AccessDeniedException`).",
				Computed:            true,
				ElementType:         types.StringType,
			},
			"blocking_count": schema.Int64Attribute{
				MarkdownDescription: "How many findings block.",
				Computed:            true,
			},
			"passed": schema.BoolAttribute{
				MarkdownDescription: "True when nothing blocks (`srmlint posture` would exit 0).",
				Computed:            true,
			},
		},
	}
}

func (d *accountPostureDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m accountPostureModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	acct, err := awsapi.Read(ctx, awsapi.Options{Region: m.Region.ValueString(), Profile: m.Profile.ValueString()})
	if err != nil {
		var se *awsapi.SetupError
		if errors.As(err, &se) {
			resp.Diagnostics.AddError("AWS Account Posture Error", "The account could not be checked: "+se.Msg)
		} else {
			resp.Diagnostics.AddError("AWS Account Posture Error", "The account could not be checked. Original Error: "+err.Error())
		}
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
	opt := linter.Options{AllRules: rules.All(), Settings: linter.DefaultSettings(), FailOn: failOn, Unknown: unknown}
	if d.data != nil {
		opt.Now = d.data.now()
	}
	res, err := posture.Check(ctx, acct, opt)
	if err != nil {
		resp.Diagnostics.AddError("AWS Account Posture Error", "srmlint could not check the account. Original Error: "+err.Error())
		return
	}
	var diags diag.Diagnostics
	m.Findings, diags = findingsList(res.Findings)
	resp.Diagnostics.Append(diags...)
	unverified := []attr.Value{}
	for _, u := range acct.Unverified {
		what := u.Call
		if u.Code != "" {
			what += ": " + u.Code
		}
		unverified = append(unverified, types.StringValue(what))
	}
	m.Unverified, diags = types.ListValue(types.StringType, unverified)
	resp.Diagnostics.Append(diags...)
	m.AccountID = types.StringValue(acct.ID)
	m.BlockingCount = types.Int64Value(int64(res.Blocking()))
	m.Passed = types.BoolValue(res.Blocking() == 0)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
