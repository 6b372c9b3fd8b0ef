package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// SNSTopicEncrypted implements Security Hub SNS.1.
var SNSTopicEncrypted = withDoc(&linter.Rule{
	ID:       "sns_topic_encrypted",
	Title:    "SNS topics are encrypted at rest with AWS KMS",
	Severity: linter.SeverityMedium,
	Service:  "SNS",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"SNS.1"},
		"nist_800_53_r5": {"CA-9(1)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html",
		"https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_sns_topic") {
			switch v := r.Setting("kms_master_key_id"); {
			case v.Unknown():
				// kms_master_key_id = aws_kms_key.x.arn: encrypted, whatever the ARN.
			case v.String() == "":
				pass.Report(r, "kms_master_key_id", "Topic %s is not encrypted at rest (no kms_master_key_id): SNS stores messages until they are delivered, in plaintext. Set kms_master_key_id to a customer managed key (or \"alias/aws/sns\"), and let publishers use it (kms:GenerateDataKey*, kms:Decrypt).", r.Address)
			}
		}
	},
})
