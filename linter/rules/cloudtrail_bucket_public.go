package rules

import (
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// CloudTrailBucketPublic implements Security Hub CloudTrail.6.
var CloudTrailBucketPublic = withDoc(&linter.Rule{
	ID:       "cloudtrail_bucket_public",
	Title:    "The S3 bucket that stores CloudTrail logs is not public",
	Severity: linter.SeverityCritical,
	Service:  "CloudTrail",
	Area:     "identity_access_management",
	Controls: []string{"CloudTrail.6"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-6",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html",
	},
	Check: func(pass *linter.Pass) {
		for _, t := range pass.Plan.OfType("aws_cloudtrail") {
			b := trailBucket(pass.Plan, t)
			if b == nil {
				continue // the bucket is managed elsewhere; its own plan is checked there
			}
			public, unknown := bucketPublicGrants(pass.Plan, b)
			switch {
			case len(public) > 0:
				pass.Report(t, "s3_bucket_name", "Trail %s delivers its logs to bucket %s, which is public: %s. Anyone could read the account's API history (principals, resource names, source IPs) or, with write access, bury an attack by deleting or forging log files. Remove the public grants and add an aws_s3_bucket_public_access_block for the bucket with all four flags true.",
					named(t, "name"), b.label(), strings.Join(public, "; "))
			case len(unknown) > 0:
				pass.ReportUnknown(t, "s3_bucket_name", "Whether bucket %s, where trail %s delivers its logs, is public cannot be decided: %s. Build its policy from values known at plan time.",
					b.label(), named(t, "name"), strings.Join(unknown, "; "))
			}
		}
	},
})

// s3ReadWrite is read or write access: a public trail bucket leaks or loses
// the audit trail either way.
var s3ReadWrite = s3Access{
	canned:      slices.Concat(s3Read.canned, s3Write.canned),
	permissions: slices.Concat(s3Read.permissions, s3Write.permissions),
	actions:     slices.Concat(s3Read.actions, s3Write.actions),
}

// bucketPublicGrants lists what makes bucket b readable or writable by
// everyone (as s3_bucket_public_read/_write decide), and unknown what cannot
// be decided before apply.
func bucketPublicGrants(p *plan.Plan, b *s3Bucket) (public, unknown []string) {
	for _, e := range s3Exposures(p, s3ReadWrite, b) {
		if e.unknown {
			unknown = append(unknown, e.what)
		} else if strings.Contains(e.what, e.res.Address) {
			public = append(public, e.what)
		} else {
			public = append(public, e.res.Address+": "+e.what) // an acl argument or grant block
		}
	}
	return public, unknown
}
