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

// checkS3Public reports ACLs and bucket policies that give acc to everyone,
// unless the plan's Block Public Access settings make them ineffective
// (ignore_public_acls for ACLs, restrict_public_buckets for policies; the
// block_* flags only stop future changes and race with the grant itself in
// one apply, so they do not count).
func checkS3Public(pass *linter.Pass, acc s3Access) {
	p := pass.Plan
	ix := s3Buckets(p)
	// inline arguments of aws_s3_bucket (deprecated, still honoured)
	for _, b := range ix.buckets {
		if b.res == nil {
			continue
		}
		if ignored, _ := ix.blocks(b, "ignore_public_acls"); !ignored {
			checkCannedACL(pass, acc, b, b.res, "acl")
			checkInlineGrants(pass, acc, b, b.res)
		}
		if restricted, _ := ix.blocks(b, "restrict_public_buckets"); !restricted {
			checkPolicy(pass, acc, b, b.res, "policy", "its inline policy")
		}
	}
	for _, r := range p.OfType("aws_s3_bucket_acl") {
		b := ix.bySplit[r]
		if ignored, _ := ix.blocks(b, "ignore_public_acls"); ignored {
			continue
		}
		checkCannedACL(pass, acc, b, r, "acl")
		for i, g := range r.Get("access_control_policy.0.grant").List() {
			perm := g.Get("permission").String()
			for j, ge := range g.Get("grantee").List() {
				group := publicGroup(ge.Get("uri").String())
				if group == "" || !slices.Contains(acc.permissions, perm) {
					continue
				}
				pass.Report(r, fmt.Sprintf("access_control_policy.0.grant.%d.grantee.%d.uri", i, j),
					"Bucket %s is publicly %s: %s grants %s to %s, so %s. Remove the grant (and prefer object_ownership = \"BucketOwnerEnforced\", which disables ACLs).",
					labelOf(b, r), acc.verb, r.Address, perm, group, acc.impact)
			}
		}
	}
	for _, r := range p.OfType("aws_s3_bucket_policy") {
		b := ix.bySplit[r]
		if restricted, _ := ix.blocks(b, "restrict_public_buckets"); restricted {
			continue
		}
		checkPolicy(pass, acc, b, r, "policy", "its bucket policy "+r.Address)
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

func checkCannedACL(pass *linter.Pass, acc s3Access, b *s3Bucket, r *plan.Resource, attr string) {
	v := r.Setting(attr)
	if v.Unknown() {
		pass.ReportUnknown(r, attr, "Whether bucket %s is publicly %s cannot be decided: %s.%s is known only after apply. Use a literal canned ACL such as \"private\".", labelOf(b, r), acc.verb, r.Address, attr)
		return
	}
	if acl := v.String(); slices.Contains(acc.canned, acl) {
		who := "everyone"
		if acl == "authenticated-read" {
			who = "any AWS account"
		}
		pass.Report(r, attr, "Bucket %s is publicly %s: %s = %q grants access to %s, so %s. Use acl = \"private\", or better, drop ACLs with object_ownership = \"BucketOwnerEnforced\".",
			labelOf(b, r), acc.verb, attr, acl, who, acc.impact)
	}
}

func checkInlineGrants(pass *linter.Pass, acc s3Access, b *s3Bucket, r *plan.Resource) {
	for i, g := range r.Get("grant").List() {
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
			pass.Report(r, fmt.Sprintf("grant.%d", i), "Bucket %s is publicly %s: a grant block gives %s to %s, so %s. Remove the grant.",
				labelOf(b, r), acc.verb, strings.Join(granted, ", "), group, acc.impact)
		}
	}
}

func checkPolicy(pass *linter.Pass, acc s3Access, b *s3Bucket, r *plan.Resource, attr, what string) {
	src := policy.FromAttribute(pass.Plan, r, attr)
	if src.Err != nil {
		// A policy AWS would reject fails at apply; the IAM rules report it.
		return
	}
	if !src.Found() {
		if src.Unknown != "" {
			pass.ReportUnknown(r, attr, "Whether bucket %s is publicly %s cannot be decided: %s. Build the policy with aws_iam_policy_document from values known at plan time.", labelOf(b, r), acc.verb, src.Unknown)
		}
		return
	}
	grants, undecided := src.Doc.PublicAccess(acc.actions...)
	for _, g := range grants {
		pass.Report(r, attr, "Bucket %s is publicly %s: %s, %s, allows %s to %s without a condition that restricts who, so %s. Name specific principals, or add a condition such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceArn.",
			labelOf(b, r), acc.verb, what, statementName(g.Statement), strings.Join(g.Actions, ", "), principalText(g.Statement), acc.impact)
	}
	for _, s := range undecided {
		pass.ReportUnknown(r, attr, "Whether bucket %s is publicly %s cannot be decided: %s, %s, has a principal, action or condition known only after apply (%s).",
			labelOf(b, r), acc.verb, what, statementName(s), src.Unknown)
	}
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
