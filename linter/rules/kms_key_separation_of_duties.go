package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// KMSKeySeparationOfDuties reports key policies in which one principal both
// administers and uses the key.
var KMSKeySeparationOfDuties = withDoc(&linter.Rule{
	ID:       "kms_key_separation_of_duties",
	Title:    "KMS key policies keep key administrators and key users apart",
	Severity: linter.SeverityMedium,
	Service:  "KMS",
	Area:     "key_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-5", "AC-6", "SC-12"}, "iso_27001_2022": {"A.5.3", "A.8.24"}},
	Links: []string{
		"https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-administrators",
		"https://docs.aws.amazon.com/prescriptive-guidance/latest/encryption-best-practices/kms.html",
	},
	Check: checkKMSKeySeparationOfDuties,
})

// kmsAdminActions change who controls a key or whether it exists.
var kmsAdminActions = []string{
	"kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion", "kms:DisableKey", "kms:EnableKey",
	"kms:DisableKeyRotation", "kms:ImportKeyMaterial", "kms:DeleteImportedKeyMaterial", "kms:UpdateAlias", "kms:DeleteAlias",
}

// kmsUseActions read or produce data protected by a key.
var kmsUseActions = []string{
	"kms:Decrypt", "kms:Encrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey",
	"kms:GenerateDataKeyWithoutPlaintext", "kms:Sign", "kms:GenerateMac",
}

func checkKMSKeySeparationOfDuties(pass *linter.Pass) {
	own := planAccounts(pass.Plan)
	for _, r := range keyPolicies(pass.Plan) {
		src := policy.FromAttribute(pass.Plan, r, "policy")
		if !src.Found() {
			continue // kms_key_public reports policies it cannot read
		}
		// kms_key_policy_least_privilege reports principals given kms:*.
		wild := map[policy.Principal]bool{}
		grants, _ := src.Doc.WildcardGrants("kms", own)
		for _, g := range grants {
			for _, p := range g.Principals {
				wild[p] = true
			}
		}
		roles, undecided := src.Doc.DualRoles(kmsAdminActions, kmsUseActions, own)
		for _, d := range roles {
			if wild[d.Principal] {
				continue
			}
			pass.Report(r, "policy", "The policy of %s lets %s both administer the key (%s) and use it (%s): one compromised or careless identity can read the data and also change the policy or destroy the key to cover its tracks. Give administration and use to different principals.",
				keyLabel(pass.Plan, r), d.Principal, strings.Join(d.First, ", "), strings.Join(d.Second, ", "))
		}
		if undecided {
			pass.ReportUnknown(r, "policy", "Whether the policy of %s keeps key administrators and key users apart cannot be decided: some statements have a principal or action known only after apply (%s).", keyLabel(pass.Plan, r), src.Unknown)
		}
	}
}
