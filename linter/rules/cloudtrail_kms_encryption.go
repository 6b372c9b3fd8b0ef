package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudTrailKMSEncryption implements Security Hub CloudTrail.2.
var CloudTrailKMSEncryption = withDoc(&linter.Rule{
	ID:       "cloudtrail_kms_encryption",
	Title:    "CloudTrail trails encrypt their log files with a KMS key",
	Severity: linter.SeverityMedium,
	Service:  "CloudTrail",
	Area:     "encryption_at_rest",
	Controls: []string{"CloudTrail.2"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
	},
	Check: func(pass *linter.Pass) {
		for _, t := range pass.Plan.OfType("aws_cloudtrail") {
			// A key known only after apply (a key this plan creates) is set.
			if k := t.Setting("kms_key_id"); k.Null() || k.Known() && k.String() == "" {
				pass.Report(t, "", "Trail %s stores its log files with S3-managed encryption only (no kms_key_id), so anyone who can read the bucket can read the account's API history, and no key policy or CloudTrail decryption audit stands in the way. Set kms_key_id to a customer managed KMS key whose policy lets cloudtrail.amazonaws.com encrypt.", named(t, "name"))
			}
		}
	},
})
