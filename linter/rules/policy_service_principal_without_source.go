package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
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
			if !strings.HasSuffix(principal, ".amazonaws.com") || !r.Setting("source_arn").Null() || !r.Setting("source_account").Null() {
				continue
			}
			pass.Report(r, "principal", "%s lets the service principal %s invoke the function without source_arn or source_account (Access Analyzer: RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL): any customer's %s resource that names this function can trigger it (the confused-deputy problem). Set source_arn to the resource that invokes it, or source_account to your account.",
				r.Address, principal, strings.TrimSuffix(principal, ".amazonaws.com"))
		}
	},
})
