package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMPolicyAllowNotResource reports Allow with NotResource in identity
// policies.
var IAMPolicyAllowNotResource = withDoc(&linter.Rule{
	ID:       policy.CheckNotResource,
	Title:    "IAM policies do not allow actions on everything except a list of resources",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links:    []string{"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"},
	Check:    checkDocuments(policy.AllowNotResource),
})
