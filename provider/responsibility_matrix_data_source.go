package provider

import (
	"context"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

var _ datasource.DataSource = (*responsibilityMatrixDataSource)(nil)

// NewResponsibilityMatrixDataSource returns the srm_responsibility_matrix data source.
func NewResponsibilityMatrixDataSource() datasource.DataSource {
	return &responsibilityMatrixDataSource{}
}

type responsibilityMatrixDataSource struct{}

type matrixModel struct {
	Service      types.String `tfsdk:"service"`
	ServiceModel types.String `tfsdk:"service_model"`
	ControlArea  types.String `tfsdk:"control_area"`
	Owner        types.String `tfsdk:"owner"`
	Rows         []matrixRow  `tfsdk:"rows"`
	Owners       types.Map    `tfsdk:"owners"`
}

type matrixRow struct {
	Service      types.String `tfsdk:"service"`
	ServiceModel types.String `tfsdk:"service_model"`
	ControlArea  types.String `tfsdk:"control_area"`
	Owner        types.String `tfsdk:"owner"`
	Source       types.String `tfsdk:"source"`
	Inferred     types.Bool   `tfsdk:"inferred"`
	Note         types.String `tfsdk:"note"`
}

func (d *responsibilityMatrixDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_responsibility_matrix"
}

func filterAttr(what string, valid []string) schema.StringAttribute {
	return schema.StringAttribute{
		MarkdownDescription: "Only rows with this " + what + ". One of " + backquoted(valid) + ".",
		Optional:            true,
		Validators:          []validator.String{stringvalidator.OneOf(valid...)},
	}
}

func backquoted(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = "`" + s + "`"
	}
	return strings.Join(q, ", ")
}

func (d *responsibilityMatrixDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	rowAttrs := map[string]schema.Attribute{
		"service":       schema.StringAttribute{Computed: true, MarkdownDescription: "The AWS service, e.g. `S3`."},
		"service_model": schema.StringAttribute{Computed: true, MarkdownDescription: "`infrastructure` (IaaS), `container` or `abstracted`, after the AWS Security Best Practices whitepaper."},
		"control_area":  schema.StringAttribute{Computed: true, MarkdownDescription: "The control area, e.g. `encryption_at_rest`."},
		"owner":         schema.StringAttribute{Computed: true, MarkdownDescription: "Who is responsible: `aws`, `customer`, `shared`, or `n/a` where the area does not apply."},
		"source":        schema.StringAttribute{Computed: true, MarkdownDescription: "The AWS document that states it, or `inferred` where no AWS page does."},
		"inferred":      schema.BoolAttribute{Computed: true, MarkdownDescription: "True when the cell is the maintainers' inference rather than an AWS statement."},
		"note":          schema.StringAttribute{Computed: true, MarkdownDescription: "A short explanation."},
	}
	resp.Schema = schema.Schema{
		MarkdownDescription: "The AWS Shared Responsibility matrix: for each of " + strconv.Itoa(len(catalog.Services())) + " services and " + strconv.Itoa(len(catalog.ControlAreas)) +
			" control areas, whether AWS, the customer, or both own the control, with the AWS source or `inferred`. " +
			"All filters are optional and combine; an invalid filter value is an error at plan time that lists the valid values.",
		Attributes: map[string]schema.Attribute{
			"service":       filterAttr("service", catalog.Services()),
			"service_model": filterAttr("service model", catalog.ServiceModels),
			"control_area":  filterAttr("control area", catalog.ControlAreas),
			"owner":         filterAttr("owner", catalog.Owners),
			"rows": schema.ListNestedAttribute{
				MarkdownDescription: "The matching cells, ordered by service and then control area (from the physical layer up).",
				Computed:            true,
				NestedObject:        schema.NestedAttributeObject{Attributes: rowAttrs},
			},
			"owners": schema.MapAttribute{
				MarkdownDescription: "The matching cells as a map from `\"<service>/<control_area>\"` to owner, for lookups such as `owners[\"S3/encryption_at_rest\"]`.",
				Computed:            true,
				ElementType:         types.StringType,
			},
		},
	}
}

func (d *responsibilityMatrixDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m matrixModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Validators guarantee that set filters hold valid values.
	match := func(filter types.String, v string) bool {
		return filter.IsNull() || filter.ValueString() == v
	}
	m.Rows = []matrixRow{}
	owners := map[string]string{}
	for _, r := range catalog.Matrix() {
		if !match(m.Service, r.Service) || !match(m.ServiceModel, r.ServiceModel) || !match(m.ControlArea, r.ControlArea) || !match(m.Owner, r.Owner) {
			continue
		}
		m.Rows = append(m.Rows, matrixRow{
			Service:      types.StringValue(r.Service),
			ServiceModel: types.StringValue(r.ServiceModel),
			ControlArea:  types.StringValue(r.ControlArea),
			Owner:        types.StringValue(r.Owner),
			Source:       types.StringValue(r.Source),
			Inferred:     types.BoolValue(r.Inferred()),
			Note:         types.StringValue(r.Note),
		})
		owners[r.Service+"/"+r.ControlArea] = r.Owner
	}
	ownersValue, diags := types.MapValueFrom(ctx, types.StringType, owners)
	resp.Diagnostics.Append(diags...)
	m.Owners = ownersValue
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
