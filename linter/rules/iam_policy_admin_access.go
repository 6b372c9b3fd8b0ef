package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMPolicyAdminAccess implements Security Hub IAM.1.
var IAMPolicyAdminAccess = withDoc(&linter.Rule{
	ID:       policy.CheckAdmin,
	Title:    `IAM policies do not allow full "*" administrative privileges`,
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.1"},
	Links:    []string{"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1"},
	Check:    checkDocuments(policy.AdminAccess),
})
