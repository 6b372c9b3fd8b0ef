package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// SecretsManagerSecretCMK reports secrets encrypted with the AWS managed key.
var SecretsManagerSecretCMK = withDoc(&linter.Rule{
	ID:       "secretsmanager_secret_cmk",
	Title:    "Secrets Manager secrets are encrypted with a customer managed KMS key",
	Severity: linter.SeverityLow,
	Service:  "SecretsManager",
	Area:     "key_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"SC-12", "SC-28"}, "iso_27001_2022": {"A.8.24"}},
	Links: []string{
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_secretsmanager_secret") {
			kind, what := kmsKeyOf(pass.Plan, r, "kms_key_id")
			switch kind {
			case keyUnknown:
				pass.ReportUnknown(r, "kms_key_id", "Whether secret %s is encrypted with a customer managed key cannot be decided: %s.", r.Address, what)
			case keyNone, keyAWS:
				pass.Report(r, "kms_key_id", "Secret %s is encrypted with the AWS managed key aws/secretsmanager, whose policy you cannot change: every principal of the account allowed secretsmanager:GetSecretValue can decrypt it, and it cannot be shared with other accounts. Set kms_key_id to a customer managed key.", r.Address)
			}
			// a replica without a key of its own gets aws/secretsmanager
			for _, rk := range replicaKeys(pass.Plan, r, "kms_key_id", "region") {
				switch rk.kind {
				case keyUnknown:
					pass.ReportUnknown(r, "", "Whether the replica of secret %s in %s is encrypted with a customer managed key cannot be decided: %s.", r.Address, rk.region, rk.what)
				case keyNone, keyAWS:
					pass.Report(r, "", "The replica of secret %s in %s is encrypted with the AWS managed key aws/secretsmanager of that region (its replica block sets no customer managed kms_key_id): every principal of the account allowed secretsmanager:GetSecretValue there can decrypt it. Set kms_key_id in the replica block to a customer managed key in %s.", r.Address, rk.region, rk.region)
				}
			}
		}
	},
})
