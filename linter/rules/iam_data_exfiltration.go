package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMDataExfiltration reports identities that may read objects, parameters
// or secrets on every resource (cloudsplaining's DataExfiltration).
var IAMDataExfiltration = withDoc(&linter.Rule{
	ID:       policy.CheckDataExfiltration,
	Title:    "IAM identities read objects, parameters and secrets only from named resources",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links:    []string{"https://cloudsplaining.readthedocs.io/en/latest/glossary/data-exfiltration/"},
	Check:    checkIdentities((*policy.Identity).DataExfiltration),
})
