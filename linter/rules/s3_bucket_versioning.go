package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3BucketVersioning implements Security Hub S3.14.
var S3BucketVersioning = withDoc(&linter.Rule{
	ID:       "s3_bucket_versioning",
	Title:    "S3 buckets have versioning enabled",
	Severity: linter.SeverityLow,
	Service:  "S3",
	Area:     "backup_recovery_config",
	Controls: []string{"S3.14"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
	},
	Check: checkS3BucketVersioning,
})

const versioningFix = `Add an aws_s3_bucket_versioning resource with versioning_configuration { status = "Enabled" }.`

func checkS3BucketVersioning(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	for _, b := range ix.buckets {
		status, at, unknown := b.versioning()
		switch {
		case status == "Enabled" || at.res == nil:
		case at.attr == "" && reportUnlinked(pass, ix, b, "versioning", "aws_s3_bucket_versioning"):
		case unknown:
			pass.ReportUnknown(at.res, at.attr, "Whether bucket %s is versioned cannot be decided: %s is known only after apply. Use the literal status \"Enabled\".", b.label(), at)
		case at.attr == "":
			pass.Report(at.res, "", "Bucket %s is not versioned, so an overwrite or delete (by mistake, a faulty deployment or ransomware) destroys the only copy of an object. %s", b.label(), versioningFix)
		default:
			pass.Report(at.res, at.attr, "Bucket %s has versioning %s (%s), so an overwrite or delete (by mistake, a faulty deployment or ransomware) destroys the only copy of an object. %s", b.label(), versioningWord(status), at, versioningFix)
		}
	}
}

func versioningWord(status string) string {
	if status == "Disabled" {
		return "disabled"
	}
	return "suspended"
}
