package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
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

// bucketPublicGrants lists what makes a bucket readable or writable by
// everyone: canned ACLs, ACL grants to the public groups and bucket policy
// statements for Principal "*", unless the plan's Block Public Access
// settings neutralise them (as s3_bucket_public_read/_write decide).
// unknown lists what is known only after apply.
func bucketPublicGrants(p *plan.Plan, b *s3Bucket) (public, unknown []string) {
	ix := s3Buckets(p)
	canned := append(append([]string(nil), s3Read.canned...), s3Write.canned...)
	perms := append(append([]string(nil), s3Read.permissions...), s3Write.permissions...)
	actions := append(append([]string(nil), s3Read.actions...), s3Write.actions...)
	acls := b.of("aws_s3_bucket_acl")
	policies := b.of("aws_s3_bucket_policy")
	if b.res != nil {
		acls = append([]*plan.Resource{b.res}, acls...)
		policies = append([]*plan.Resource{b.res}, policies...)
	}
	if ignored, _ := ix.blocks(b, "ignore_public_acls"); !ignored {
		for _, r := range acls {
			if v := r.Setting("acl"); v.Unknown() {
				unknown = append(unknown, r.Address+".acl is known only after apply")
			} else if slices.Contains(canned, v.String()) {
				public = append(public, fmt.Sprintf("%s sets acl = %q", r.Address, v.String()))
			}
			type grant struct {
				uri   string
				perms []string
			}
			var grants []grant
			for _, g := range r.Get("grant").List() { // inline grants of aws_s3_bucket
				grants = append(grants, grant{g.Get("uri").String(), g.Get("permissions").Strings()})
			}
			for _, g := range r.Get("access_control_policy.0.grant").List() {
				grants = append(grants, grant{g.Get("grantee.0.uri").String(), []string{g.Get("permission").String()}})
			}
			for _, g := range grants {
				group := publicGroup(g.uri)
				for _, pm := range g.perms {
					if group != "" && slices.Contains(perms, pm) {
						public = append(public, fmt.Sprintf("%s grants %s to %s", r.Address, pm, group))
						break
					}
				}
			}
		}
	}
	if restricted, _ := ix.blocks(b, "restrict_public_buckets"); !restricted {
		for _, r := range policies {
			src := policy.FromAttribute(p, r, "policy")
			if !src.Found() {
				if src.Unknown != "" && src.Err == nil {
					unknown = append(unknown, src.Unknown)
				}
				continue
			}
			grants, undecided := src.Doc.PublicAccess(actions...)
			for _, g := range grants {
				public = append(public, fmt.Sprintf("the policy of %s, %s, allows %s to %s", r.Address, statementName(g.Statement), strings.Join(g.Actions, ", "), principalText(g.Statement)))
			}
			for _, s := range undecided {
				unknown = append(unknown, fmt.Sprintf("the policy of %s, %s, has a principal, action or condition known only after apply", r.Address, statementName(s)))
			}
		}
	}
	return public, unknown
}
