package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// S3BucketSSLRequestsOnly implements Security Hub S3.5.
var S3BucketSSLRequestsOnly = withDoc(&linter.Rule{
	ID:       "s3_bucket_ssl_requests_only",
	Title:    "S3 bucket policies deny requests that do not use TLS",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "encryption_in_transit",
	Controls: []string{"S3.5"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5",
		"https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule",
	},
	Check: checkS3BucketSSLRequestsOnly,
})

// sslStatement is the statement Security Hub S3.5 looks for.
const sslStatement = `Effect "Deny", Principal "*", Action "s3:*", Resource the bucket ARN and "<bucket ARN>/*", Condition {"Bool": {"aws:SecureTransport": "false"}}`

func checkS3BucketSSLRequestsOnly(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	for _, b := range ix.buckets {
		pols := b.policies()
		if len(pols) == 0 {
			if b.res != nil && !reportUnlinked(pass, ix, b, "a policy that denies plain HTTP", "aws_s3_bucket_policy") {
				pass.Report(b.res, "", "Bucket %s has no bucket policy, so it accepts requests over plain HTTP, where objects and request data travel unencrypted. Attach an aws_s3_bucket_policy with a statement that denies them: %s.", b.label(), sslStatement)
			}
			continue
		}
		denied, invalid := false, false
		var unknown []string
		for _, at := range pols {
			src := policy.FromAttribute(pass.Plan, at.res, at.attr)
			if src.Err != nil {
				invalid = true // AWS rejects it at apply; the policy rules report it
				continue
			}
			var undecided []*policy.Statement
			if src.Found() {
				var deny *policy.Statement
				deny, undecided = src.Doc.DeniesInsecureTransport()
				denied = denied || deny != nil
			}
			if src.Unknown != "" && (!src.Found() || len(undecided) > 0 || src.Incomplete) {
				unknown = append(unknown, src.Unknown)
			}
		}
		at := pols[len(pols)-1]
		switch {
		case denied || invalid:
		case len(unknown) > 0:
			pass.ReportUnknown(at.res, at.attr, "Whether bucket %s refuses requests over plain HTTP cannot be decided: %s. Build the policy from values known at plan time, with a statement that denies insecure transport.", b.label(), quoteList(unknown))
		default:
			pass.Report(at.res, at.attr, "The policy of bucket %s does not deny requests over plain HTTP, so objects and request data can travel unencrypted. Add a statement that denies them: %s.", b.label(), sslStatement)
		}
	}
}
