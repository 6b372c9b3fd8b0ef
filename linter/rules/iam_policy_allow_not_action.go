package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMPolicyAllowNotAction reports Allow with NotAction in identity policies.
var IAMPolicyAllowNotAction = withDoc(&linter.Rule{
	ID:       policy.CheckNotAction,
	Title:    "IAM policies do not allow everything except a list of actions",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links:    []string{"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"},
	Check:    checkDocuments(policy.AllowNotAction),
})
