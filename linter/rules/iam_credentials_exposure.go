package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMCredentialsExposure reports identities that may call, on every
// resource, actions that return credentials (cloudsplaining's
// CredentialsExposure).
var IAMCredentialsExposure = withDoc(&linter.Rule{
	ID:       policy.CheckCredentials,
	Title:    "IAM identities obtain credentials only for named resources",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-6", "IA-5"}, "iso_27001_2022": {"A.5.17", "A.8.2"}},
	Links:    []string{"https://cloudsplaining.readthedocs.io/en/latest/glossary/credentials-exposure/"},
	Check:    checkIdentities((*policy.Identity).CredentialsExposure),
})
