package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// PolicyServicePrincipalWithoutSource implements IAM Access Analyzer's
// RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL security warning, for resource
// policies and Lambda permissions.
var PolicyServicePrincipalWithoutSource = withDoc(&linter.Rule{
	ID:       policy.CheckServicePrincipal,
	Title:    "Grants to AWS service principals name the source resource or account",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-restrict-access-to-service-principal",
	},
	Check: func(pass *linter.Pass) {
		checkResourcePolicies(policy.ServicePrincipalWithoutSource, nil)(pass)
		for _, r := range pass.Plan.OfType("aws_lambda_permission") {
			principal := r.Get("principal").String()
			if !strings.HasSuffix(principal, ".amazonaws.com") || lambdaSourceNamed(r, "source_arn", "source_account") {
				continue
			}
			pass.Report(r, "principal", "%s lets the service principal %s invoke the function without a source_arn or source_account that names the source (Access Analyzer: RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL): any customer's %s resource that names this function can trigger it (the confused-deputy problem). Set source_arn to the resource that invokes it (a bucket ARN without wildcards: bucket names are global), or source_account to your account.",
				r.Address, principal, strings.TrimSuffix(principal, ".amazonaws.com"))
		}
	},
})

// lambdaSourceNamed reports whether one of the attributes of a Lambda
// permission names the calling source: a value known only after apply comes
// from a resource (a bucket's or a rule's ARN), one specific source; a known
// value must not be a pattern that admits others' resources or accounts.
func lambdaSourceNamed(r *plan.Resource, attrs ...string) bool {
	key := map[string]string{"source_arn": "aws:SourceArn", "source_account": "aws:SourceAccount", "principal_org_id": "aws:PrincipalOrgID"}
	for _, attr := range attrs {
		v := r.Setting(attr)
		if v.Null() {
			continue
		}
		if s, ok := v.Str(); !ok || policy.NamesSource(key[attr], s) {
			return true
		}
	}
	return false
}
