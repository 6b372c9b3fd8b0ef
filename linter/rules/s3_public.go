package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// s3Access is read or write, for S3.2 and S3.3.
type s3Access struct {
	verb        string   // "readable" / "writable"
	canned      []string // canned ACLs that grant it to everyone
	permissions []string // ACL grant permissions that grant it
	actions     []string // policy action patterns that grant it
	impact      string
}

var (
	s3Read = s3Access{
		verb:        "readable",
		canned:      []string{"public-read", "public-read-write", "authenticated-read"},
		permissions: []string{"READ", "READ_ACP", "FULL_CONTROL"},
		actions:     []string{"s3:Get*", "s3:List*"},
		impact:      "anyone can list or download its objects",
	}
	s3Write = s3Access{
		verb:        "writable",
		canned:      []string{"public-read-write"},
		permissions: []string{"WRITE", "WRITE_ACP", "FULL_CONTROL"},
		actions:     []string{"s3:Put*", "s3:Delete*", "s3:Abort*", "s3:Restore*", "s3:Replicate*", "s3:Bypass*", "s3:Create*", "s3:Update*"},
		impact:      "anyone can upload, overwrite or delete its objects (or change its permissions)",
	}
)

// Grantee URIs of the S3 predefined groups that mean "everyone".
const (
	allUsersURI           = "http://acs.amazonaws.com/groups/global/AllUsers"
	authenticatedUsersURI = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
)

func publicGroup(uri string) string {
	switch uri {
	case allUsersURI:
		return "AllUsers (everyone)"
	case authenticatedUsersURI:
		return "AuthenticatedUsers (any AWS account)"
	}
	return ""
}

// s3Exposure is one way an ACL or a bucket policy opens a bucket to
// everyone, or may (unknown: a value that decides it is known only after
// apply).
type s3Exposure struct {
	bucket  *s3Bucket // nil when the plan does not manage the bucket
	res     *plan.Resource
	attr    string
	what    string // what grants the access, or why it cannot be decided
	fix     string
	unknown bool
}

// s3Exposures lists the ACLs and bucket policies that give acc to everyone
// (only those of bucket only, when it is set), unless the plan's Block
// Public Access settings make them ineffective: ignore_public_acls for ACLs,
// restrict_public_buckets for policies. The block_* flags only stop future
// changes and race with the grant itself in one apply, so they do not count.
func s3Exposures(p *plan.Plan, acc s3Access, only *s3Bucket) []s3Exposure {
	ix := s3Buckets(p)
	var out []s3Exposure
	add := func(b *s3Bucket, r *plan.Resource, attr, what, fix string, unknown bool) {
		out = append(out, s3Exposure{bucket: b, res: r, attr: attr, what: what, fix: fix, unknown: unknown})
	}
	cannedACL := func(b *s3Bucket, r *plan.Resource) {
		v := r.Setting("acl")
		if v.Unknown() {
			add(b, r, "acl", r.Address+".acl is known only after apply", `Use a literal canned ACL such as "private".`, true)
			return
		}
		if acl := v.String(); slices.Contains(acc.canned, acl) {
			who := "everyone"
			if acl == "authenticated-read" {
				who = "any AWS account"
			}
			add(b, r, "acl", fmt.Sprintf("acl = %q grants access to %s", acl, who), `Use acl = "private", or better, drop ACLs with object_ownership = "BucketOwnerEnforced".`, false)
		}
	}
	bucketPolicy := func(b *s3Bucket, r *plan.Resource, what string) {
		src := policy.FromAttribute(p, r, "policy")
		if src.Err != nil {
			return // a policy AWS would reject fails at apply; the IAM rules report it
		}
		if !src.Found() {
			if src.Unknown != "" {
				add(b, r, "policy", src.Unknown, "Build the policy with aws_iam_policy_document from values known at plan time.", true)
			}
			return
		}
		grants, undecided := src.Doc.PublicAccess(acc.actions...)
		for _, g := range grants {
			add(b, r, "policy", fmt.Sprintf("%s, %s, allows %s to %s without a condition that restricts who", what, statementName(g.Statement), strings.Join(g.Actions, ", "), principalText(g.Statement)),
				"Name specific principals, or add a condition such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceArn.", false)
		}
		for _, st := range undecided {
			add(b, r, "policy", fmt.Sprintf("%s, %s, has a principal, action or condition known only after apply (%s)", what, statementName(st), src.Unknown), "", true)
		}
		if src.Incomplete && len(grants)+len(undecided) == 0 {
			add(b, r, "policy", fmt.Sprintf("%s is rebuilt from the parts known at plan time and may hold more statements (%s)", what, src.Unknown), "Build the policy with aws_iam_policy_document from values known at plan time.", true)
		}
	}
	// inline arguments of aws_s3_bucket (deprecated, still honoured)
	for _, b := range ix.buckets {
		if b.res == nil || only != nil && b != only {
			continue
		}
		if ignored, _ := ix.blocks(b, "ignore_public_acls"); !ignored {
			cannedACL(b, b.res)
			for i, g := range b.res.Get("grant").List() {
				group := publicGroup(g.Get("uri").String())
				if group == "" {
					continue
				}
				var granted []string
				for _, perm := range g.Get("permissions").Strings() {
					if slices.Contains(acc.permissions, perm) {
						granted = append(granted, perm)
					}
				}
				if len(granted) > 0 {
					add(b, b.res, fmt.Sprintf("grant.%d", i), fmt.Sprintf("a grant block gives %s to %s", strings.Join(granted, ", "), group), "Remove the grant.", false)
				}
			}
		}
		if restricted, _ := ix.blocks(b, "restrict_public_buckets"); !restricted {
			bucketPolicy(b, b.res, "its inline policy")
		}
	}
	for _, r := range p.OfType("aws_s3_bucket_acl") {
		b := ix.bySplit[r]
		if only != nil && b != only {
			continue
		}
		if ignored, _ := ix.blocks(b, "ignore_public_acls"); ignored {
			continue
		}
		cannedACL(b, r)
		for i, g := range r.Get("access_control_policy.0.grant").List() {
			perm := g.Get("permission").String()
			for j, ge := range g.Get("grantee").List() {
				group := publicGroup(ge.Get("uri").String())
				if group == "" || !slices.Contains(acc.permissions, perm) {
					continue
				}
				add(b, r, fmt.Sprintf("access_control_policy.0.grant.%d.grantee.%d.uri", i, j), fmt.Sprintf("%s grants %s to %s", r.Address, perm, group),
					`Remove the grant (and prefer object_ownership = "BucketOwnerEnforced", which disables ACLs).`, false)
			}
		}
	}
	for _, r := range p.OfType("aws_s3_bucket_policy") {
		b := ix.bySplit[r]
		if only != nil && b != only {
			continue
		}
		if restricted, _ := ix.blocks(b, "restrict_public_buckets"); !restricted {
			bucketPolicy(b, r, "its bucket policy "+r.Address)
		}
	}
	return out
}

// checkS3Public reports the ACLs and bucket policies that give acc to
// everyone (S3.2, S3.3).
func checkS3Public(pass *linter.Pass, acc s3Access) {
	for _, e := range s3Exposures(pass.Plan, acc, nil) {
		label := labelOf(e.bucket, e.res)
		if e.unknown {
			msg := fmt.Sprintf("Whether bucket %s is publicly %s cannot be decided: %s.", label, acc.verb, e.what)
			if e.fix != "" {
				msg += " " + e.fix
			}
			pass.ReportUnknown(e.res, e.attr, "%s", msg)
			continue
		}
		pass.Report(e.res, e.attr, "Bucket %s is publicly %s: %s, so %s. %s", label, acc.verb, e.what, acc.impact, e.fix)
	}
}

func labelOf(b *s3Bucket, r *plan.Resource) string {
	if b != nil {
		return b.label()
	}
	if n := r.Get("bucket").String(); n != "" {
		return `"` + n + `"`
	}
	return "(known only after apply)"
}

func statementName(s *policy.Statement) string {
	if s.Sid != "" {
		return fmt.Sprintf("statement %d (%q)", s.Index, s.Sid)
	}
	return fmt.Sprintf("statement %d", s.Index)
}

func principalText(s *policy.Statement) string {
	if s.HasNotPrinc {
		return "everyone except NotPrincipal"
	}
	return `Principal "*"`
}
