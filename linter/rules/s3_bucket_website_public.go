package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// S3BucketWebsitePublic reports static website hosting straight from a
// bucket with a public policy. No Security Hub control covers it.
var S3BucketWebsitePublic = withDoc(&linter.Rule{
	ID:       "s3_bucket_website_public",
	Title:    "Public content is served through CloudFront, not from an S3 website endpoint with a public bucket policy",
	Severity: linter.SeverityHigh,
	Service:  "S3",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-3", "SC-7", "SC-8"}, "iso_27001_2022": {"A.8.3", "A.8.24"}},
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteHosting.html",
		"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
	},
	Check: checkS3BucketWebsitePublic,
})

func checkS3BucketWebsitePublic(pass *linter.Pass) {
	ix := s3Buckets(pass.Plan)
	for _, b := range ix.buckets {
		site := websiteOf(b)
		if site == nil {
			continue
		}
		if restricted, _ := ix.blocks(b, "restrict_public_buckets"); restricted {
			continue
		}
		for _, at := range b.policies() {
			src := policy.FromAttribute(pass.Plan, at.res, at.attr)
			if !src.Found() {
				continue // s3_bucket_public_read reports policies it cannot read
			}
			grants, _ := src.Doc.PublicAccess(s3Read.actions...)
			for _, g := range grants {
				pass.Report(site, "", "Bucket %s is a static website (%s) whose policy, %s, lets anyone read it (%s): the website endpoint serves plain HTTP only, so content can be read or altered in transit, and every object of the bucket is public, not only the site's pages. Serve the site through CloudFront with origin access control (HTTPS), keep the bucket private and remove the website configuration.",
					b.label(), site.Address, statementName(g.Statement), strings.Join(g.Actions, ", "))
			}
		}
	}
}

// websiteOf returns the resource that turns on static website hosting for
// the bucket: an aws_s3_bucket_website_configuration, or the bucket with
// its deprecated inline website block.
func websiteOf(b *s3Bucket) *plan.Resource {
	for _, w := range b.of("aws_s3_bucket_website_configuration") {
		// A website that redirects every request serves no object.
		if len(w.Setting("redirect_all_requests_to").List()) == 0 {
			return w
		}
	}
	if b.res != nil {
		for _, w := range b.res.Setting("website").List() {
			if w.Get("redirect_all_requests_to").String() == "" {
				return b.res
			}
		}
	}
	return nil
}
