package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketMFADelete implements Security Hub S3.20.
var S3BucketMFADelete = withDoc(&linter.Rule{
	ID:       "s3_bucket_mfa_delete",
	Title:    "Versioned S3 buckets require MFA to delete versions or change versioning",
	Severity: linter.SeverityLow,
	Service:  "S3",
	Area:     "backup_recovery_config",
	Controls: []string{"S3.20"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
	},
	Check: checkS3BucketMFADelete,
})

func checkS3BucketMFADelete(pass *linter.Pass) {
	for _, b := range s3Buckets(pass.Plan).buckets {
		status, at, _ := b.versioning()
		if status != "Enabled" {
			continue // s3_bucket_versioning reports it; MFA delete needs versioning
		}
		attr := "versioning_configuration.0.mfa_delete"
		if at.res.Type == "aws_s3_bucket" {
			attr = "versioning.0.mfa_delete"
		}
		v := blockSetting(at.res, attr)
		switch {
		case v.Unknown():
			pass.ReportUnknown(at.res, attr, "Whether bucket %s requires MFA to delete object versions cannot be decided: %s is known only after apply.", b.label(), attr)
		case v.String() == "Enabled" || v.True():
		default:
			pass.Report(at.res, "", "Versioned bucket %s does not require MFA delete, so credentials alone can permanently delete object versions or suspend versioning, undoing its protection. Enable it as the root user with MFA (versioning_configuration { mfa_delete = \"Enabled\" } and mfa = \"<device serial> <code>\"); it cannot be combined with lifecycle rules that expire versions.", b.label())
		}
	}
}
