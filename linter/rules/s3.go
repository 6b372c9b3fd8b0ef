package rules

import (
	"fmt"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// s3SplitTypes are the resources that configure a bucket from outside the
// aws_s3_bucket block (AWS provider v4 and later).
var s3SplitTypes = []string{
	"aws_s3_bucket_accelerate_configuration",
	"aws_s3_bucket_acl",
	"aws_s3_bucket_cors_configuration",
	"aws_s3_bucket_lifecycle_configuration",
	"aws_s3_bucket_logging",
	"aws_s3_bucket_notification",
	"aws_s3_bucket_object_lock_configuration",
	"aws_s3_bucket_ownership_controls",
	"aws_s3_bucket_policy",
	"aws_s3_bucket_public_access_block",
	"aws_s3_bucket_replication_configuration",
	"aws_s3_bucket_server_side_encryption_configuration",
	"aws_s3_bucket_versioning",
	"aws_s3_bucket_website_configuration",
}

// s3Bucket is one bucket with every split resource that configures it. res
// is nil for a bucket that the plan configures but does not manage (its
// aws_s3_bucket lives in another state).
type s3Bucket struct {
	res   *plan.Resource
	name  string // the bucket name when known
	split map[string][]*plan.Resource
}

// label names the bucket for messages.
func (b *s3Bucket) label() string {
	switch {
	case b.res != nil && b.name != "":
		return fmt.Sprintf("%s (%q)", b.res.Address, b.name)
	case b.res != nil:
		return b.res.Address
	}
	return fmt.Sprintf("%q", b.name)
}

// of returns the bucket's split resources of one type.
func (b *s3Bucket) of(typ string) []*plan.Resource { return b.split[typ] }

// s3Index links every bucket to its split resources.
type s3Index struct {
	buckets  []*s3Bucket
	bySplit  map[*plan.Resource]*s3Bucket
	account  []*plan.Resource // aws_s3_account_public_access_block
	orphans  []*plan.Resource // split resources whose bucket cannot be told
	byBucket map[*plan.Resource]*s3Bucket
}

type s3Key struct{}

// s3Buckets builds (once per plan) the index of buckets and their split
// resources. A split resource is linked through its configuration
// reference to the bucket (aws_s3_bucket.b.id, even when unknown until
// apply, across modules and count/for_each instances), falling back to the
// literal bucket name.
func s3Buckets(p *plan.Plan) *s3Index {
	return p.Memo(s3Key{}, func() any {
		ix := &s3Index{bySplit: map[*plan.Resource]*s3Bucket{}, byBucket: map[*plan.Resource]*s3Bucket{}}
		byName := map[string]*s3Bucket{}
		for _, r := range p.OfType("aws_s3_bucket") {
			b := &s3Bucket{res: r, name: r.Get("bucket").String(), split: map[string][]*plan.Resource{}}
			ix.buckets = append(ix.buckets, b)
			ix.byBucket[r] = b
			if b.name != "" {
				byName[b.name] = b
			}
		}
		for _, typ := range s3SplitTypes {
			for _, r := range p.OfType(typ) {
				var b *s3Bucket
				if targets := p.Linked(r, "bucket", []string{"aws_s3_bucket"}, "bucket", "id"); len(targets) == 1 {
					b = ix.byBucket[targets[0]]
				} else if name := r.Get("bucket").String(); name != "" {
					// a bucket managed elsewhere, configured here by name
					if b = byName[name]; b == nil {
						b = &s3Bucket{name: name, split: map[string][]*plan.Resource{}}
						byName[name] = b
						ix.buckets = append(ix.buckets, b)
					}
				}
				if b == nil {
					ix.orphans = append(ix.orphans, r)
					continue
				}
				b.split[typ] = append(b.split[typ], r)
				ix.bySplit[r] = b
			}
		}
		ix.account = p.OfType("aws_s3_account_public_access_block")
		return ix
	}).(*s3Index)
}

// bpaFlags are the four Block Public Access settings.
var bpaFlags = []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

// bpaState reports which BPA flags of a public access block are off and
// which are unknown. Omitted flags default to false in the AWS provider,
// which is the trap: declaring the resource turns the secure S3 defaults off.
func bpaState(r *plan.Resource) (off, unknown []string) {
	return bpaStateAt(r, "")
}

// bpaStateAt is bpaState for flags nested under prefix (e.g. an access
// point's public_access_block_configuration.0).
func bpaStateAt(r *plan.Resource, prefix string) (off, unknown []string) {
	for _, f := range bpaFlags {
		path := f
		if prefix != "" {
			path = prefix + "." + f
		}
		v := r.Get(path)
		switch {
		case v.Unknown():
			unknown = append(unknown, f)
		case !v.True():
			if r.Config != nil && !r.Configured(path) {
				off = append(off, f+" omitted (defaults to false)")
			} else {
				off = append(off, f+" = false")
			}
		}
	}
	return off, unknown
}

// firstFalseAttr returns the first flag path that the configuration sets to
// false, to point a finding at that line.
func firstFalseAttr(r *plan.Resource, prefix string) string {
	for _, f := range bpaFlags {
		path := f
		if prefix != "" {
			path = prefix + "." + f
		}
		if v := r.Get(path); v.Known() && !v.True() && (r.Config == nil || r.Configured(path)) {
			return path
		}
	}
	return ""
}

// blocks reports whether a BPA flag is on for the bucket, at bucket level or
// by an account-level block in the same plan, and names what turns it on.
func (ix *s3Index) blocks(b *s3Bucket, flag string) (bool, string) {
	if b != nil {
		for _, pab := range b.of("aws_s3_bucket_public_access_block") {
			if pab.Get(flag).True() {
				return true, pab.Address
			}
		}
	}
	for _, a := range ix.account {
		if a.Get(flag).True() {
			return true, a.Address
		}
	}
	return false, ""
}

// accountBlocksAll reports whether an account-level block in the plan turns
// all four flags on.
func (ix *s3Index) accountBlocksAll() bool {
	for _, a := range ix.account {
		if off, unk := bpaState(a); len(off) == 0 && len(unk) == 0 {
			return true
		}
	}
	return false
}

func quoteList(items []string) string {
	return strings.Join(items, ", ")
}
