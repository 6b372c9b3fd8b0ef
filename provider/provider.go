// Package provider is terraform-provider-srm: a thin terraform-plugin-framework
// adapter over srmlint's engine (package linter). It exposes the AWS Shared
// Responsibility matrix and the control catalog as data sources, records
// guardrails, owners and waivers as state-only resources that srmlint reads
// from plans, and offers pure functions for precondition and check blocks.
package provider

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/srmguard/terraform-provider-srm/linter"
)

var (
	_ provider.Provider              = (*srmProvider)(nil)
	_ provider.ProviderWithFunctions = (*srmProvider)(nil)
)

// srmProvider has no configuration: everything it serves is embedded data
// or computed from its arguments, except srm_account_posture, which reads
// AWS with the SDK's default credential chain.
type srmProvider struct {
	version string
	data    *providerData
}

// providerData is shared by the provider's resources and data sources.
type providerData struct {
	// now is the clock used for waiver expiry; tests replace it.
	now func() time.Time
	// guardrails remembers the guardrails planned in this run, so that a
	// waiver that names one can be refused at plan time when it is locked.
	guardrails *guardrailRegistry
}

// New returns the provider factory for providerserver.
func New(version string) func() provider.Provider {
	return newWithClock(version, time.Now)
}

func newWithClock(version string, now func() time.Time) func() provider.Provider {
	return func() provider.Provider {
		return &srmProvider{version: version, data: &providerData{now: now, guardrails: &guardrailRegistry{byName: map[string]plannedGuardrail{}}}}
	}
}

func (p *srmProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "srm"
	resp.Version = p.version
}

func (p *srmProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The `srm` provider codifies the [AWS Shared Responsibility Model](https://aws.amazon.com/compliance/shared-responsibility-model/): " +
			"who owns which control (AWS, you, or both), which guardrails apply to your Terraform, who in your organisation owns each control area, " +
			"and which exceptions were granted. `srmlint` reads the `srm_*` resources from your plans and enforces them.\n\n" +
			"The provider has no configuration and, apart from the `srm_account_posture` data source (read-only AWS calls), makes no network calls: " +
			"its data is embedded, and its resources are records kept in Terraform state.",
	}
}

func (p *srmProvider) Configure(_ context.Context, _ provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	resp.DataSourceData = p.data
	resp.ResourceData = p.data
}

func (p *srmProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{
		NewAccountPostureDataSource,
		NewControlsDataSource,
		NewPlanFindingsDataSource,
		NewResponsibilityMatrixDataSource,
	}
}

func (p *srmProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{
		NewControlOwnerResource,
		NewGuardrailResource,
		NewWaiverResource,
	}
}

func (p *srmProvider) Functions(context.Context) []func() function.Function {
	return []func() function.Function{
		NewIAMPolicyFindingsFunction,
		NewPolicyIsPublicFunction,
		NewResponsibilityFunction,
		NewRuleControlsFunction,
	}
}

// plannedGuardrail is what a waiver needs to know about a guardrail.
type plannedGuardrail struct {
	enforcement string
	ruleIDs     []string
}

type guardrailRegistry struct {
	mu     sync.Mutex
	byName map[string]plannedGuardrail
}

// put records a planned guardrail. Names should be unique; when two
// guardrails share one, the record is the strictest of them (locked wins,
// rule IDs add up), so that the waiver check does not depend on the order
// Terraform plans them in.
func (r *guardrailRegistry) put(name string, g plannedGuardrail) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if old, ok := r.byName[name]; ok {
		if old.enforcement == string(linter.Locked) {
			g.enforcement = old.enforcement
		}
		for _, id := range old.ruleIDs {
			if !slices.Contains(g.ruleIDs, id) {
				g.ruleIDs = append(g.ruleIDs, id)
			}
		}
	}
	r.byName[name] = g
}

func (r *guardrailRegistry) get(name string) (plannedGuardrail, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	g, ok := r.byName[name]
	return g, ok
}
