package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// KMSKeyPolicyLeastPrivilege reports key policies that give every KMS
// action to principals other than the account root.
var KMSKeyPolicyLeastPrivilege = withDoc(&linter.Rule{
	ID:       "kms_key_policy_least_privilege",
	Title:    "KMS key policies give kms:* only to the account root",
	Severity: linter.SeverityMedium,
	Service:  "KMS",
	Area:     "key_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-6", "SC-12"}, "iso_27001_2022": {"A.5.15", "A.8.2", "A.8.24"}},
	Links: []string{
		"https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html",
		"https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html",
	},
	Check: checkKMSKeyPolicyLeastPrivilege,
})

func checkKMSKeyPolicyLeastPrivilege(pass *linter.Pass) {
	own := planAccounts(pass.Plan)
	for _, r := range keyPolicies(pass.Plan) {
		src := policy.FromAttribute(pass.Plan, r, "policy")
		if !src.Found() {
			continue // kms_key_public reports policies it cannot read
		}
		grants, undecided := src.Doc.WildcardGrants("kms", own)
		for _, g := range grants {
			if g.Statement.Public() && !g.Statement.RestrictedToAccounts() {
				continue // kms_key_public reports it
			}
			pass.Report(r, "policy", "The policy of %s, %s, gives %s (every KMS action) to %s: besides using the key, they can rewrite its policy, disable it or schedule its deletion. Give kms:* only to the account root (arn:aws:iam::<account>:root, which delegates to IAM), and grant administrators and users the specific actions they need (kms:Create*, kms:Put*, ... or kms:Encrypt, kms:Decrypt, kms:GenerateDataKey*).",
				keyLabel(pass.Plan, r), statementName(g.Statement), strings.Join(g.Actions, ", "), principalNames(g.Principals))
		}
		for _, s := range undecided {
			pass.ReportUnknown(r, "policy", "Whether the policy of %s gives kms:* to principals other than the account root cannot be decided: %s has a principal or action known only after apply (%s).", keyLabel(pass.Plan, r), statementName(s), src.Unknown)
		}
	}
}

// principalNames lists principals for messages.
func principalNames(ps []policy.Principal) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return strings.Join(out, ", ")
}
