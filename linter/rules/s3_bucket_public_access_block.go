package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// S3BucketPublicAccessBlock implements Security Hub S3.8.
var S3BucketPublicAccessBlock = withDoc(&linter.Rule{
	ID:       "s3_bucket_public_access_block",
	Title:    "S3 buckets block public access with all four Block Public Access settings",
	Severity: linter.SeverityHigh,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.8"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
	},
	Check: checkS3BucketPublicAccessBlock,
})

func checkS3BucketPublicAccessBlock(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	for _, r := range pass.Plan.OfType("aws_s3_bucket_public_access_block") {
		reportBPA(pass, r, "", "Block Public Access for bucket "+bucketLabel(ix, r))
	}
	if ix.accountBlocksAll() {
		return
	}
	for _, b := range ix.buckets {
		if b.res == nil || b.res.Creates() || len(b.of("aws_s3_bucket_public_access_block")) > 0 || reportUnlinked(pass, ix, b, "Block Public Access on", "aws_s3_bucket_public_access_block") {
			continue
		}
		pass.ReportSeverity(linter.SeverityLow, b.res, "",
			"Existing bucket %s has no aws_s3_bucket_public_access_block in this plan, so its Block Public Access settings cannot be verified (buckets created before April 2023 may have them off). Manage them with an aws_s3_bucket_public_access_block that sets all four flags to true.",
			b.label())
	}
}

// reportBPA reports a public access block (bucket or account level, or
// nested under prefix) whose flags are not all true.
func reportBPA(pass *linter.Pass, r *plan.Resource, prefix, what string) {
	off, unknown := bpaStateAt(r, prefix)
	switch {
	case len(off) > 0:
		pass.Report(r, firstFalseAttr(r, prefix),
			"%s is not fully on: %s. With any flag off, a public ACL or bucket policy can expose data. Set block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets to true.",
			what, quoteList(off))
	case len(unknown) > 0:
		pass.ReportUnknown(r, "",
			"%s cannot be verified: %s known only after apply. Set the flags to literal true values.",
			what, quoteList(unknown)+pluralVerb(len(unknown)))
	}
}

// bucketLabel names the bucket a split resource configures.
func bucketLabel(ix *s3Index, r *plan.Resource) string {
	if b := ix.bySplit[r]; b != nil {
		return b.label()
	}
	if name := r.Get("bucket").String(); name != "" {
		return `"` + name + `"`
	}
	return "(bucket known only after apply)"
}

func pluralVerb(n int) string {
	if n == 1 {
		return " is"
	}
	return " are"
}
