package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// PolicyMissingVersion implements IAM Access Analyzer's MISSING_VERSION
// warning.
var PolicyMissingVersion = withDoc(&linter.Rule{
	ID:       policy.CheckMissingVersion,
	Title:    `Policy documents declare "Version": "2012-10-17"`,
	Severity: linter.SeverityLow,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"CM-6"}},
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-missing-version",
	},
	Check: checkAllDocuments(policy.MissingVersion),
})

// checkAllDocuments runs a check on every readable policy document of the
// plan, whatever its kind.
func checkAllDocuments(check func(*policy.Document) []policy.Issue) func(*linter.Pass) {
	return func(pass *linter.Pass) {
		for _, f := range policy.Documents(pass.Plan) {
			if f.Doc != nil {
				reportDocument(pass, f, check(f.Doc))
			}
		}
	}
}
