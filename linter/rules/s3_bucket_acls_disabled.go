package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// S3BucketACLsDisabled implements Security Hub S3.12.
var S3BucketACLsDisabled = withDoc(&linter.Rule{
	ID:       "s3_bucket_acls_disabled",
	Title:    "S3 buckets disable ACLs with object ownership BucketOwnerEnforced",
	Severity: linter.SeverityMedium,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.12"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
	},
	Check: checkS3BucketACLsDisabled,
})

const aclFix = `Set object_ownership = "BucketOwnerEnforced" in an aws_s3_bucket_ownership_controls resource, remove ACL resources and grant access with the bucket policy and IAM instead.`

func checkS3BucketACLsDisabled(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	cloudFront := cloudFrontLogBuckets(pass.Plan, ix)
	for _, b := range ix.buckets {
		report := func(r *plan.Resource, attr, format string, args ...any) {
			if by := cloudFront[b]; by != nil {
				// Standard logging (legacy) writes through an ACL grant.
				pass.ReportSeverity(linter.SeverityLow, r, attr, "Bucket %s receives the standard (legacy) access logs of %s, which CloudFront delivers through an ACL grant, so it keeps ACLs enabled. Security Hub S3.12 still reports it; move the distribution to CloudFront standard logging v2 (aws_cloudwatch_log_delivery), which needs no ACLs, then set object_ownership = \"BucketOwnerEnforced\".", b.label(), by.Address)
				return
			}
			pass.Report(r, attr, format, args...)
		}
		owned := b.of("aws_s3_bucket_ownership_controls")
		for _, r := range owned {
			v := r.Get("rule.0.object_ownership")
			switch {
			case v.Unknown():
				pass.ReportUnknown(r, "rule.0.object_ownership", "Whether bucket %s uses ACLs cannot be decided: rule.0.object_ownership is known only after apply. Use the literal \"BucketOwnerEnforced\".", b.label())
			case v.String() != "BucketOwnerEnforced":
				report(r, "rule.0.object_ownership", "Bucket %s has ACLs enabled (object_ownership = %q): objects can carry their own ACLs, which grant access outside the bucket policy and are hard to audit, and objects uploaded by other accounts may not be owned by the bucket owner. %s", b.label(), v.String(), aclFix)
			}
		}
		if len(owned) > 0 {
			continue // reported above, or ACLs are disabled and ACL grants fail
		}
		for _, r := range b.of("aws_s3_bucket_acl") {
			if attr, ok := aclGrants(r); ok {
				report(r, attr, "Bucket %s is managed with ACLs (%s), and nothing in the plan disables them: ACLs grant access outside the bucket policy and are hard to audit. %s", b.label(), r.Address, aclFix)
			}
		}
		if b.res != nil {
			if attr, ok := aclGrants(b.res); ok {
				report(b.res, attr, "Bucket %s is managed with ACLs (the deprecated inline %s argument), and nothing in the plan disables them: ACLs grant access outside the bucket policy and are hard to audit. %s", b.label(), attr, aclFix)
			}
		}
	}
}

// cloudFrontLogBuckets maps the buckets that CloudFront distributions of
// the plan send standard (legacy) logs to, by their domain name in
// logging_config, to one such distribution.
func cloudFrontLogBuckets(p *plan.Plan, ix *s3Index) map[*s3Bucket]*plan.Resource {
	out := map[*s3Bucket]*plan.Resource{}
	for _, d := range p.OfType("aws_cloudfront_distribution") {
		if len(d.Setting("logging_config").List()) == 0 {
			continue
		}
		for _, t := range p.Linked(d, "logging_config.0.bucket", []string{"aws_s3_bucket"}, "bucket_domain_name", "bucket_regional_domain_name") {
			if b := ix.byBucket[t]; b != nil && out[b] == nil {
				out[b] = d
			}
		}
	}
	return out
}

// aclGrants reports whether an aws_s3_bucket_acl or a bucket's inline
// arguments grant anything beyond the owner's full control (a canned ACL
// other than "private", or grants to others), and the attribute that does.
func aclGrants(r *plan.Resource) (string, bool) {
	if acl := r.Setting("acl").String(); acl != "" && acl != "private" {
		return "acl", true
	}
	if r.Type == "aws_s3_bucket" {
		// Inline grants name their grantee directly; a bucket read back
		// from AWS lists the owner's own FULL_CONTROL grant.
		return "grant", othersGranted(r.Setting("grant").List(), "", func(g plan.Value) plan.Value { return g })
	}
	owner := r.Get("access_control_policy.0.owner.0.id").String()
	return "access_control_policy", othersGranted(r.Get("access_control_policy.0.grant").List(), owner, func(g plan.Value) plan.Value { return g.Get("grantee.0") })
}

// othersGranted reports whether some grant goes to a group, an e-mail
// address or a canonical user other than the owner (when the owner is not
// known: other than the one canonical user the grants name).
func othersGranted(grants []plan.Value, owner string, grantee func(plan.Value) plan.Value) bool {
	users := map[string]bool{}
	for _, g := range grants {
		ge := grantee(g)
		if ge.Get("type").String() != "CanonicalUser" {
			return true
		}
		id := ge.Get("id").String()
		if owner != "" && id != owner {
			return true
		}
		users[id] = true
	}
	return len(users) > 1
}
