package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMRoleTrustPublic reports roles that any principal of any AWS account
// may assume.
var IAMRoleTrustPublic = withDoc(&linter.Rule{
	ID:       policy.CheckTrustPublic,
	Title:    "IAM roles cannot be assumed by any principal of any AWS account",
	Severity: linter.SeverityCritical,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous",
		"https://cloudsplaining.readthedocs.io/en/latest/glossary/assumable-by-any-principal/",
	},
	Check: checkTrust(policy.TrustPublic),
})

// checkTrust runs a check on every readable trust policy.
func checkTrust(check func(*policy.Document) []policy.Issue) func(*linter.Pass) {
	return func(pass *linter.Pass) {
		for _, f := range policy.DocumentsOf(pass.Plan, policy.TrustPolicy) {
			if f.Doc != nil {
				reportDocument(pass, f, check(f.Doc))
			}
		}
	}
}
