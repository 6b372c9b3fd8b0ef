package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMSeparationOfDutiesKMS reports identities whose IAM policies let them
// both administer and use the same KMS keys.
var IAMSeparationOfDutiesKMS = withDoc(&linter.Rule{
	ID:       policy.CheckKMSDuty,
	Title:    "No IAM identity can both administer and use the same KMS keys",
	Severity: linter.SeverityMedium,
	Service:  "KMS",
	Area:     "key_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-5", "SC-12"}, "iso_27001_2022": {"A.5.3", "A.8.24"}},
	Links:    []string{"https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html"},
	Check:    checkIdentities((*policy.Identity).KMSDuty),
})
