package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// SQSQueueEncrypted implements Security Hub SQS.1.
var SQSQueueEncrypted = withDoc(&linter.Rule{
	ID:       "sqs_queue_encrypted",
	Title:    "SQS queues are encrypted at rest",
	Severity: linter.SeverityMedium,
	Service:  "SQS",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"SQS.1"},
		"fsbp":           {"SQS.1"},
		"nist_800_53_r5": {"CA-9(1)", "CM-3(6)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1",
		"https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_sqs_queue") {
			if !r.Setting("kms_master_key_id").Empty() {
				continue // SSE-KMS
			}
			// Without a KMS key, SQS encrypts with SSE-SQS unless told not to.
			switch v := r.Setting("sqs_managed_sse_enabled"); {
			case v.Unknown():
				pass.ReportUnknown(r, "sqs_managed_sse_enabled", "Whether queue %s is encrypted cannot be decided: sqs_managed_sse_enabled is known only after apply. Use the literal true, or set kms_master_key_id.", r.Address)
			case v.Known() && !v.True():
				pass.Report(r, "sqs_managed_sse_enabled", "Queue %s is not encrypted at rest: sqs_managed_sse_enabled = false and no kms_master_key_id, so messages (often carrying business data) are stored in plaintext. Remove sqs_managed_sse_enabled = false, or set kms_master_key_id to a customer managed key.", r.Address)
			}
		}
	},
})
