package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// PolicyForAllValuesSingleValuedKey implements IAM Access Analyzer's
// FORALLVALUES_WITH_SINGLE_VALUED_KEY security warning.
var PolicyForAllValuesSingleValuedKey = withDoc(&linter.Rule{
	ID:       policy.CheckForAllValues,
	Title:    "Policy conditions use ForAllValues only with multivalued keys",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-forallvalues-with-single-valued-key",
	},
	Check: checkAllDocuments(policy.ForAllValuesSingleValued),
})
