package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMPolicyServiceWildcard implements Security Hub IAM.21.
var IAMPolicyServiceWildcard = withDoc(&linter.Rule{
	ID:       policy.CheckServiceWild,
	Title:    "IAM policies do not allow every action of a service",
	Severity: linter.SeverityLow,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.21"},
	Links:    []string{"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21"},
	Check:    checkDocuments(policy.ServiceWildcards),
})
