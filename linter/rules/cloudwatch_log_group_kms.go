package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchLogGroupKMS reports log groups that are not encrypted with a
// KMS key the customer controls.
var CloudWatchLogGroupKMS = withDoc(&linter.Rule{
	ID:       "cloudwatch_log_group_kms",
	Title:    "CloudWatch log groups are encrypted with a customer managed KMS key",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "key_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AU-9", "SC-12", "SC-28"}, "iso_27001_2022": {"A.8.15", "A.8.24"}},
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_cloudwatch_log_group") {
			switch kind, what := kmsKeyOf(pass.Plan, r, "kms_key_id"); kind {
			case keyUnknown:
				pass.ReportUnknown(r, "kms_key_id", "Whether log group %s is encrypted with a customer managed key cannot be decided: %s.", r.Address, what)
			case keyNone:
				pass.Report(r, "kms_key_id", "Log group %s has no kms_key_id, so CloudWatch Logs encrypts it with a key you cannot control: anyone with logs:GetLogEvents reads it, and access cannot be revoked or audited through a key policy. Set kms_key_id to a customer managed key whose policy allows logs.<region>.amazonaws.com to use it.", r.Address)
			}
		}
	},
})
