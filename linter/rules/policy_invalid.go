package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// PolicyInvalid reports policy documents that AWS would reject: malformed
// JSON, wrong types, unknown elements, and the errors IAM Access Analyzer
// finds in the text.
var PolicyInvalid = withDoc(&linter.Rule{
	ID:       policy.CheckInvalid,
	Title:    "Policy documents are valid",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"CM-6", "SI-10"}, "iso_27001_2022": {"A.8.9"}},
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html",
	},
	Check: checkPolicyInvalid,
})

func checkPolicyInvalid(pass *linter.Pass) {
	for _, f := range policy.Documents(pass.Plan) {
		if f.Err != nil {
			pass.Report(f.Resource, f.Attr, "%s%s is not a valid %s, so AWS will reject it at apply: %v.", f.Label(), f.From(), f.Kind, f.Err)
			continue
		}
		if f.Doc != nil {
			reportDocument(pass, f, policy.Validate(f.Doc, f.Kind))
		}
	}
}
