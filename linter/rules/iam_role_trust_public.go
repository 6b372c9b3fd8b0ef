package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
	"slices"
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
	Check: func(pass *linter.Pass) {
		checkTrust(policy.TrustPublic)(pass)
		reportUnreadable(pass, policy.TrustPolicy, nil, "who may assume the role")
	},
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

// reportUnreadable reports the documents of a kind whose JSON is known only
// after apply and not built with aws_iam_policy_document: what they allow
// cannot be told. One rule per kind reports them, so that each such document
// is named once; the other rules of that kind stay silent on it.
func reportUnreadable(pass *linter.Pass, k policy.Kind, skip []string, what string) {
	for _, f := range policy.DocumentsOf(pass.Plan, k) {
		if f.Doc == nil && f.Err == nil && !slices.Contains(skip, f.Resource.Type) {
			pass.ReportUnknown(f.Resource, f.Attr, "%s cannot be read at plan time, so %s cannot be decided: %s. Build it with aws_iam_policy_document (whose statements srmlint reads from the configuration), or from values known at plan time.",
				f.Label(), what, f.Unknown)
		}
	}
}
