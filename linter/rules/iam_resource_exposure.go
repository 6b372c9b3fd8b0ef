package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMResourceExposure reports identities that may change permissions and
// resource policies on every resource (cloudsplaining's ResourceExposure).
var IAMResourceExposure = withDoc(&linter.Rule{
	ID:       policy.CheckResourceExposure,
	Title:    "IAM identities manage permissions only of named resources",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links:    []string{"https://cloudsplaining.readthedocs.io/en/latest/glossary/resource-exposure/"},
	Check:    checkIdentities((*policy.Identity).ResourceExposure),
})
