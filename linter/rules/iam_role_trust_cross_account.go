package rules

import (
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMRoleTrustCrossAccount reports roles that principals of other AWS
// accounts may assume without sts:ExternalId, an organisation condition or
// MFA.
var IAMRoleTrustCrossAccount = withDoc(&linter.Rule{
	ID:       policy.CheckTrustCrossAccount,
	Title:    "IAM roles trusted by other AWS accounts require an external ID, organisation membership or MFA",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    iamExtra,
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
	},
	Check: checkIAMRoleTrustCrossAccount,
})

func checkIAMRoleTrustCrossAccount(pass *linter.Pass) {
	own := policy.PlanAccounts(pass.Plan)
	for _, f := range policy.DocumentsOf(pass.Plan, policy.TrustPolicy) {
		if f.Doc == nil {
			continue
		}
		if len(own) > 0 {
			reportDocument(pass, f, policy.TrustCrossAccount(f.Doc, own))
			continue
		}
		var accounts []string
		for _, accs := range policy.TrustedAccounts(f.Doc) {
			accounts = append(accounts, accs...)
		}
		if len(accounts) > 0 {
			sort.Strings(accounts)
			pass.ReportUnknown(f.Resource, f.Attr, "%s: whether the trusted account %s is another account cannot be decided: the plan does not show which account it applies to. Declare data \"aws_caller_identity\" \"current\" {} in the configuration (srmlint reads its account_id), or require sts:ExternalId, aws:PrincipalOrgID or MFA in the trust policy.",
				f.Label()+f.From(), strings.Join(accounts, ", "))
		}
	}
}
