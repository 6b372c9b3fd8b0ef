package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// KMSKeyPublic implements Security Hub KMS.5.
var KMSKeyPublic = withDoc(&linter.Rule{
	ID:       "kms_key_public",
	Title:    "KMS key policies do not allow everyone",
	Severity: linter.SeverityCritical,
	Service:  "KMS",
	Area:     "key_management",
	Controls: []string{"KMS.5"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-5",
		"https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html",
	},
	Check: checkKMSKeyPublic,
})

func checkKMSKeyPublic(pass *linter.Pass) {
	for _, r := range keyPolicies(pass.Plan) {
		src := policy.FromAttribute(pass.Plan, r, "policy")
		if src.Err != nil {
			continue // AWS rejects the policy at apply; the policy rules report it
		}
		if !src.Found() {
			if src.Unknown != "" {
				pass.ReportUnknown(r, "policy", "Whether the policy of %s allows everyone cannot be decided: %s. Build the policy with aws_iam_policy_document from values known at plan time.", keyLabel(pass.Plan, r), src.Unknown)
			}
			continue
		}
		grants, undecided := src.Doc.AnyAccountAccess("kms:*")
		for _, g := range grants {
			pass.Report(r, "policy", "The policy of %s, %s, allows %s to %s without a condition that restricts who (a source IP range does not: any account's principal can call from it): any AWS account (or anonymous caller) can use or manage the key and decrypt data protected by it. Name specific principals, or add a condition such as kms:CallerAccount, aws:PrincipalOrgID or aws:PrincipalArn with fixed values.",
				keyLabel(pass.Plan, r), statementName(g.Statement), strings.Join(g.Actions, ", "), principalText(g.Statement))
		}
		for _, s := range undecided {
			pass.ReportUnknown(r, "policy", "Whether the policy of %s allows everyone cannot be decided: %s has a principal, action or condition known only after apply (%s).", keyLabel(pass.Plan, r), statementName(s), src.Unknown)
		}
		if src.Incomplete && len(grants)+len(undecided) == 0 {
			pass.ReportUnknown(r, "policy", "Whether the policy of %s allows everyone cannot be decided: it is rebuilt from the parts known at plan time and may hold more statements (%s).", keyLabel(pass.Plan, r), src.Unknown)
		}
	}
}
