package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketKMSEncryption implements Security Hub S3.17.
var S3BucketKMSEncryption = withDoc(&linter.Rule{
	ID:       "s3_bucket_kms_encryption",
	Title:    "S3 buckets encrypt objects by default with AWS KMS keys (SSE-KMS or DSSE-KMS)",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "encryption_at_rest",
	Controls: []string{"S3.17"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html",
	},
	Check: checkS3BucketKMSEncryption,
})

const sseKMSFix = `Add an aws_s3_bucket_server_side_encryption_configuration with rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms", kms_master_key_id = aws_kms_key.<name>.arn }, bucket_key_enabled = true }.`

func checkS3BucketKMSEncryption(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	// Server access logs and load balancer access logs support only SSE-S3
	// on the bucket they are delivered to.
	targets := ix.logTargets(pass.Plan)
	for b := range ix.elbLogBuckets(pass.Plan) {
		targets[b] = true
	}
	for _, b := range ix.buckets {
		alg, key, unknown := b.encryption()
		switch {
		case alg == "aws:kms" || alg == "aws:kms:dsse" || key.res == nil:
		case unknown:
			pass.ReportUnknown(key.res, "", "Whether bucket %s encrypts with a KMS key cannot be decided: its sse_algorithm is known only after apply. Use the literal \"aws:kms\".", b.label())
		case targets[b]:
		case alg == "" && reportUnlinked(pass, ix, b, "a default encryption configuration", "aws_s3_bucket_server_side_encryption_configuration"):
		case alg == "":
			pass.Report(key.res, "", "Bucket %s has no default encryption configuration, so objects get SSE-S3 (keys that S3 owns): access to the data is not controlled, logged or revocable through a KMS key policy. %s", b.label(), sseKMSFix)
		default:
			attr := "rule.0.apply_server_side_encryption_by_default.0.sse_algorithm"
			if key.res.Type == "aws_s3_bucket" {
				attr = "server_side_encryption_configuration.0.rule.0.apply_server_side_encryption_by_default.0.sse_algorithm"
			}
			pass.Report(key.res, attr, "Bucket %s encrypts with sse_algorithm = %q (SSE-S3, keys that S3 owns): access to the data is not controlled, logged or revocable through a KMS key policy. Use sse_algorithm = \"aws:kms\" (or \"aws:kms:dsse\") with kms_master_key_id set to a customer managed key.", b.label(), alg)
		}
	}
}
