package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
	"slices"
)

// PolicyAllowNotPrincipal implements IAM Access Analyzer's
// ALLOW_WITH_NOTPRINCIPAL security warning for resource policies.
var PolicyAllowNotPrincipal = withDoc(&linter.Rule{
	ID:       policy.CheckNotPrincipal,
	Title:    "Resource policies do not allow everyone except a list of principals",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-allow-with-notprincipal",
	},
	Check: checkResourcePolicies(policy.NotPrincipalAllow, nil),
})

// checkResourcePolicies runs a check on every readable resource policy of
// the plan except those on the skipped resource types.
func checkResourcePolicies(check func(*policy.Document) []policy.Issue, skip []string) func(*linter.Pass) {
	return func(pass *linter.Pass) {
		for _, f := range policy.DocumentsOf(pass.Plan, policy.ResourcePolicy) {
			if f.Doc != nil && !slices.Contains(skip, f.Resource.Type) {
				reportDocument(pass, f, check(f.Doc))
			}
		}
	}
}
