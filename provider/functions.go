package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

var (
	_ function.Function = iamPolicyFindingsFunction{}
	_ function.Function = policyIsPublicFunction{}
	_ function.Function = responsibilityFunction{}
	_ function.Function = ruleControlsFunction{}
)

// policyFindingAttrTypes is the object type of iam_policy_findings results.
var policyFindingAttrTypes = map[string]attr.Type{
	"check":     types.StringType,
	"severity":  types.StringType,
	"statement": types.Int64Type,
	"sid":       types.StringType,
	"message":   types.StringType,
}

// NewIAMPolicyFindingsFunction returns provider::srm::iam_policy_findings.
func NewIAMPolicyFindingsFunction() function.Function { return iamPolicyFindingsFunction{} }

type iamPolicyFindingsFunction struct{}

func (iamPolicyFindingsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "iam_policy_findings"
}

func (iamPolicyFindingsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Security findings of an IAM policy document",
		MarkdownDescription: "Checks one policy document with srmlint's policy engine and returns its findings, so a module can refuse " +
			"an insecure policy in a `precondition` or `check` block even where srmlint does not run. The checks are srmlint's rules, " +
			"applied to the document on its own.\n\n" +
			"Identity policies (no `Principal`) are checked for validity (`policy_invalid`), a missing `Version`, administrator access " +
			"(`iam_policy_admin_access`), service wildcards (`iam_policy_service_wildcard`), `NotAction`/`NotResource` with Allow, " +
			"`iam:PassRole` on all roles, `kms:Decrypt` on all keys (`kms_decrypt_all_keys`), `ForAllValues` on single-valued keys, and, " +
			"judged as if the document were a principal's only policy, privilege-escalation paths (`iam_privilege_escalation`), data " +
			"exfiltration, credentials and resource exposure, and separation of duties. Trust policies (principals allowed only " +
			"`sts:AssumeRole*`) are checked for trust to everyone (`iam_role_trust_public`) and OpenID Connect trust without conditions on " +
			"the token (`iam_role_trust_oidc_conditions`). Other resource policies are checked for grants to everyone without a " +
			"restricting condition (`policy_public_principal`), Allow with `NotPrincipal` and service principals without a source " +
			"condition.\n\n" +
			"Each finding has `check` (the srmlint rule ID), `severity`, `statement` (index, or -1 for the whole document), `sid` and " +
			"`message`. A document that is not valid JSON policy syntax is an error.",
		Parameters: []function.Parameter{
			function.StringParameter{
				Name:                "policy_json",
				MarkdownDescription: "The policy document as JSON, e.g. `data.aws_iam_policy_document.x.json` or `jsonencode({...})`.",
			},
		},
		Return: function.ListReturn{ElementType: types.ObjectType{AttrTypes: policyFindingAttrTypes}},
	}
}

func (iamPolicyFindingsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	doc, ferr := policyArgument(ctx, req)
	if resp.Error = ferr; ferr != nil {
		return
	}
	vals := []attr.Value{}
	for _, is := range policy.Audit(doc) {
		vals = append(vals, types.ObjectValueMust(policyFindingAttrTypes, map[string]attr.Value{
			"check":     types.StringValue(is.Check),
			"severity":  types.StringValue(is.Severity),
			"statement": types.Int64Value(int64(is.Statement)),
			"sid":       types.StringValue(is.Sid),
			"message":   types.StringValue(is.Message),
		}))
	}
	resp.Error = function.ConcatFuncErrors(resp.Result.Set(ctx, types.ListValueMust(types.ObjectType{AttrTypes: policyFindingAttrTypes}, vals)))
}

// policyArgument parses the function's only argument, a policy document.
func policyArgument(ctx context.Context, req function.RunRequest) (*policy.Document, *function.FuncError) {
	var text string
	if ferr := req.Arguments.Get(ctx, &text); ferr != nil {
		return nil, ferr
	}
	doc, err := policy.Parse(text)
	if err != nil {
		return nil, function.NewArgumentFuncError(0, err.Error())
	}
	return doc, nil
}

// NewPolicyIsPublicFunction returns provider::srm::policy_is_public.
func NewPolicyIsPublicFunction() function.Function { return policyIsPublicFunction{} }

type policyIsPublicFunction struct{}

func (policyIsPublicFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "policy_is_public"
}

func (policyIsPublicFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Whether a resource policy grants access to everyone",
		MarkdownDescription: "Returns true when a resource policy (bucket, key, queue, topic or trust policy) allows some action to " +
			"`Principal \"*\"` (or `{\"AWS\": \"*\"}`, or to everyone but a `NotPrincipal`) without a condition that restricts who, " +
			"such as `aws:PrincipalOrgID`, `aws:SourceArn` or `aws:SourceVpce`, and no Deny takes it back. This follows Amazon S3's " +
			"definition of a public policy. A document that is not a valid policy is an error.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "policy_json", MarkdownDescription: "The policy document as JSON."},
		},
		Return: function.BoolReturn{},
	}
}

func (policyIsPublicFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	doc, ferr := policyArgument(ctx, req)
	if resp.Error = ferr; ferr != nil {
		return
	}
	grants, _ := doc.PublicAccess("*")
	resp.Error = function.ConcatFuncErrors(resp.Result.Set(ctx, len(grants) > 0))
}

// NewResponsibilityFunction returns provider::srm::responsibility.
func NewResponsibilityFunction() function.Function { return responsibilityFunction{} }

type responsibilityFunction struct{}

func (responsibilityFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "responsibility"
}

func (responsibilityFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "Who owns a control area of a service under the Shared Responsibility Model",
		MarkdownDescription: "Returns `aws`, `customer`, `shared` or `n/a` for a service and control area of the responsibility " +
			"matrix (see `srm_responsibility_matrix`). Unknown names are an error that lists the valid ones.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "service", MarkdownDescription: "The service: " + backquoted(catalog.Services()) + "."},
			function.StringParameter{Name: "control_area", MarkdownDescription: "The control area: " + backquoted(catalog.ControlAreas) + "."},
		},
		Return: function.StringReturn{},
	}
}

func (responsibilityFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var service, area string
	resp.Error = function.ConcatFuncErrors(req.Arguments.Get(ctx, &service, &area))
	if resp.Error != nil {
		return
	}
	if catalog.CanonicalService(service) == "" {
		resp.Error = function.NewArgumentFuncError(0, fmt.Sprintf("unknown service %q; valid services: %s", service, strings.Join(catalog.Services(), ", ")))
		return
	}
	row, ok := catalog.Responsibility(service, area)
	if !ok {
		resp.Error = function.NewArgumentFuncError(1, fmt.Sprintf("unknown control area %q; valid areas: %s", area, strings.Join(catalog.ControlAreas, ", ")))
		return
	}
	resp.Error = function.ConcatFuncErrors(resp.Result.Set(ctx, row.Owner))
}

// NewRuleControlsFunction returns provider::srm::rule_controls.
func NewRuleControlsFunction() function.Function { return ruleControlsFunction{} }

type ruleControlsFunction struct{}

func (ruleControlsFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "rule_controls"
}

func (ruleControlsFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary: "The compliance controls an srmlint rule maps to",
		MarkdownDescription: "Returns a map from framework (" + backquoted(catalog.Frameworks) + ") to the control IDs that the rule " +
			"implements, e.g. `{ fsbp = [\"S3.8\"], cis_v3.0.0 = [\"2.1.4\"], ... }`. An unknown rule ID is an error.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "rule_id", MarkdownDescription: "An srmlint rule ID, e.g. `s3_bucket_public_access_block`."},
		},
		Return: function.MapReturn{ElementType: types.ListType{ElemType: types.StringType}},
	}
}

func (ruleControlsFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var id string
	resp.Error = function.ConcatFuncErrors(req.Arguments.Get(ctx, &id))
	if resp.Error != nil {
		return
	}
	r, ok := rules.Lookup(id)
	if !ok {
		resp.Error = function.NewArgumentFuncError(0, checkRuleID(id).Error())
		return
	}
	m, diags := mappingsValue(r.Mappings())
	if diags.HasError() {
		resp.Error = function.FuncErrorFromDiags(ctx, diags)
		return
	}
	resp.Error = function.ConcatFuncErrors(resp.Result.Set(ctx, m))
}
