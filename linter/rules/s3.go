package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
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
				} else if directoryBucket(p, r) {
					continue // S3 Express: not a general purpose bucket's settings
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

// directoryBucket reports whether a split resource configures an S3 Express
// directory bucket (aws_s3_bucket_policy and aws_s3_bucket_lifecycle_configuration
// take those too): its name ends in "--x-s3", or it refers to an
// aws_s3_directory_bucket.
func directoryBucket(p *plan.Plan, r *plan.Resource) bool {
	return strings.HasSuffix(r.Get("bucket").String(), "--x-s3") || len(p.Referenced(r, "bucket", "aws_s3_directory_bucket")) > 0
}

// unlinked returns the split resources of the given types whose bucket
// cannot be told and that may be b's: those in b's module instance, or in
// one that contains it or that it contains (a local value can carry a
// reference across those).
func (ix *s3Index) unlinked(b *s3Bucket, types ...string) []*plan.Resource {
	if b.res == nil {
		return nil
	}
	var out []*plan.Resource
	for _, r := range ix.orphans {
		if slices.Contains(types, r.Type) && nestedModules(r.Module, b.res.Module) {
			out = append(out, r)
		}
	}
	return out
}

// nestedModules reports whether one module instance address is the other
// or contains it.
func nestedModules(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == "" || a == b || strings.HasPrefix(b, a+".")
}

// reportUnlinked reports that whether bucket b has what cannot be decided
// when split resources of the given types, whose bucket srmlint cannot
// follow, may be its: a definite "has no ..." would be wrong for a bucket
// configured through a local value. It reports nothing and returns false
// when there are none.
func reportUnlinked(pass *linter.Pass, ix *s3Index, b *s3Bucket, what string, types ...string) bool {
	u := ix.unlinked(b, types...)
	if len(u) == 0 {
		return false
	}
	pass.ReportUnknown(b.res, "", "Whether bucket %s has %s cannot be decided: the bucket of %s is known only after apply and its reference could not be followed (through a local value, with no .tf source to read it from?). Point srmlint at the configuration with --source, or reference the bucket directly (bucket = %s.%s.id).", b.label(), what, u[0].Address, b.res.Type, b.res.Name)
	return true
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

// versioning returns the bucket's versioning status as the plan sets it:
// "Enabled", "Suspended" or "Disabled" (from aws_s3_bucket_versioning, or
// "Enabled"/"Suspended" from the deprecated inline versioning block), or ""
// when nothing in the plan configures it (a new bucket is unversioned). at
// is the resource and attribute that decide, and unknown says the status is
// known only after apply.
func (b *s3Bucket) versioning() (status string, at s3Attr, unknown bool) {
	if b.res != nil && (b.res.Get("object_lock_enabled").True() || b.res.Get("object_lock_configuration.0.object_lock_enabled").String() == "Enabled") {
		// S3 versions an Object Lock bucket, and it cannot be suspended
		return "Enabled", s3Attr{b.res, "object_lock_enabled"}, false
	}
	for _, r := range b.of("aws_s3_bucket_versioning") {
		at = s3Attr{r, "versioning_configuration.0.status"}
		v := r.Get(at.attr)
		return v.String(), at, v.Unknown()
	}
	if b.res == nil {
		return "", s3Attr{}, false
	}
	at = s3Attr{b.res, "versioning.0.enabled"}
	v := blockSetting(b.res, at.attr)
	switch {
	case v.Unknown():
		return "", at, true
	case v.True():
		return "Enabled", at, false
	case v.Known():
		return "Suspended", at, false
	}
	return "", s3Attr{b.res, ""}, false
}

// s3Attr is an attribute of the resource that configures a bucket setting:
// a split aws_s3_bucket_* resource or the bucket's deprecated inline block.
type s3Attr struct {
	res  *plan.Resource
	attr string
}

// String names it for messages: "aws_s3_bucket_versioning.b" or
// "aws_s3_bucket.b versioning.0.enabled".
func (a s3Attr) String() string {
	if a.attr == "" || a.res.Type != "aws_s3_bucket" {
		return a.res.Address
	}
	return a.res.Address + " " + a.attr
}

// encryption returns the default encryption of a bucket as the plan sets it:
// the algorithm ("" when nothing configures it: SSE-S3, S3's default) and
// the attribute of the KMS key (for kmsKeyOf). unknown says the algorithm is
// known only after apply.
func (b *s3Bucket) encryption() (alg string, key s3Attr, unknown bool) {
	const byDefault = "apply_server_side_encryption_by_default.0."
	for _, r := range b.of("aws_s3_bucket_server_side_encryption_configuration") {
		v := r.Get("rule.0." + byDefault + "sse_algorithm")
		return v.String(), s3Attr{r, "rule.0." + byDefault + "kms_master_key_id"}, v.Unknown() || r.Get("rule").Unknown()
	}
	if b.res == nil {
		return "", s3Attr{}, false
	}
	const inline = "server_side_encryption_configuration.0.rule.0." + byDefault
	v := blockSetting(b.res, inline+"sse_algorithm")
	return v.String(), s3Attr{b.res, inline + "kms_master_key_id"}, v.Unknown()
}

// logged reports whether the plan turns on server access logging for the
// bucket (aws_s3_bucket_logging or the deprecated inline logging block);
// unknown says whether the inline block is known only after apply.
func (b *s3Bucket) logged() (on, unknown bool) {
	if len(b.of("aws_s3_bucket_logging")) > 0 {
		return true, false
	}
	if b.res == nil {
		return false, false
	}
	v := b.res.Setting("logging")
	return len(v.List()) > 0, v.Unknown()
}

// logTargets returns the buckets that receive server access logs from
// other buckets of the plan.
func (ix *s3Index) logTargets(p *plan.Plan) map[*s3Bucket]bool {
	out := map[*s3Bucket]bool{}
	add := func(r *plan.Resource, attr string) {
		for _, t := range p.Linked(r, attr, []string{"aws_s3_bucket"}, "bucket", "id") {
			out[ix.byBucket[t]] = true
		}
	}
	for _, r := range p.OfType("aws_s3_bucket_logging") {
		add(r, "target_bucket")
	}
	for _, b := range ix.buckets {
		if b.res != nil && len(b.res.Setting("logging").List()) > 0 {
			add(b.res, "logging.0.target_bucket")
		}
	}
	return out
}

// policies returns the bucket policies of a bucket: every
// aws_s3_bucket_policy, or else the deprecated inline policy argument when
// set. (An existing bucket's inline value is read back from AWS and repeats
// the policy an aws_s3_bucket_policy sets.)
func (b *s3Bucket) policies() []s3Attr {
	var out []s3Attr
	for _, r := range b.of("aws_s3_bucket_policy") {
		out = append(out, s3Attr{r, "policy"})
	}
	if len(out) == 0 && b.res != nil && !b.res.Setting("policy").Empty() {
		out = append(out, s3Attr{b.res, "policy"})
	}
	return out
}

// firstOr returns the first of a bucket's split resources, or the bucket
// itself, as the resource to report a bucket-wide finding on.
func firstOr(split []*plan.Resource, b *s3Bucket) *plan.Resource {
	if len(split) > 0 {
		return split[0]
	}
	return b.res
}

// lifecycle reports whether the plan gives the bucket an enabled lifecycle
// rule (aws_s3_bucket_lifecycle_configuration, or the deprecated inline
// lifecycle_rule), whether a status is known only after apply, and the
// lifecycle configuration resources.
func (b *s3Bucket) lifecycle() (enabled, unknown bool, confs []*plan.Resource) {
	confs = b.of("aws_s3_bucket_lifecycle_configuration")
	for _, r := range confs {
		rules := r.Get("rule")
		unknown = unknown || rules.Unknown()
		for _, rule := range rules.List() {
			st := rule.Get("status")
			enabled = enabled || st.String() == "Enabled"
			unknown = unknown || st.Unknown()
		}
	}
	if len(confs) == 0 && b.res != nil {
		inline := b.res.Setting("lifecycle_rule")
		unknown = inline.Unknown()
		for _, rule := range inline.List() {
			enabled = enabled || rule.Get("enabled").True()
			unknown = unknown || rule.Get("enabled").Unknown()
		}
	}
	return enabled, unknown, confs
}
