package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMSeparationOfDutiesAudit reports identities that can both change
// permissions and stop or alter the CloudTrail audit trail.
var IAMSeparationOfDutiesAudit = withDoc(&linter.Rule{
	ID:       policy.CheckAuditTrailDuty,
	Title:    "No IAM identity can both change permissions and stop the audit trail",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-5", "AU-9"}, "iso_27001_2022": {"A.5.3", "A.8.15"}},
	Links:    []string{"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_id-based-policy-examples.html"},
	Check:    checkIdentities((*policy.Identity).AuditTrailDuty),
})
