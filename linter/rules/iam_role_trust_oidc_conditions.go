package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMRoleTrustOIDCConditions implements IAM Access Analyzer's
// MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL and
// MISSING_GITHUB_REPO_CONDITION_KEY security warnings.
var IAMRoleTrustOIDCConditions = withDoc(&linter.Rule{
	ID:       policy.CheckTrustOIDC,
	Title:    "IAM roles trusted by an OpenID Connect provider pin the token's audience and subject",
	Severity: linter.SeverityCritical,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-3", "IA-8"}, "iso_27001_2022": {"A.5.15", "A.8.5"}},
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-missing-github-repo-condition-key",
		"https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html",
	},
	Check: checkTrust(policy.TrustOIDC),
})
