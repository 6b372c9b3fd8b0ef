package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMPolicyPassRoleAllRoles implements IAM Access Analyzer's PASS_ROLE_WITH_*
// security warnings.
var IAMPolicyPassRoleAllRoles = withDoc(&linter.Rule{
	ID:       policy.CheckPassRole,
	Title:    "IAM policies allow iam:PassRole only for named roles or services",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-6", "AC-6(10)"}, "iso_27001_2022": {"A.5.15", "A.8.2"}},
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
	},
	Check: checkDocuments(policy.PassRoleAllRoles),
})
