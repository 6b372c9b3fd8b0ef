package policy

import (
	"fmt"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Kind is the role a policy document plays; what is valid and what is
// risky depends on it.
type Kind int

// Kinds of policy documents.
const (
	// IdentityPolicy is attached to a user, group or role (or bounds one
	// as a permissions boundary); it names no Principal.
	IdentityPolicy Kind = iota
	// ResourcePolicy is attached to a bucket, key, queue, topic or other
	// resource and names whom it applies to.
	ResourcePolicy
	// TrustPolicy says who may assume a role.
	TrustPolicy
)

func (k Kind) String() string {
	switch k {
	case IdentityPolicy:
		return "identity policy"
	case TrustPolicy:
		return "trust policy"
	}
	return "resource policy"
}

// location is an attribute that holds a policy document. An attribute path
// with a "*" step walks every element of a list of nested blocks.
type location struct {
	typ, attr string
	kind      Kind
}

// locations lists where plans carry policy JSON.
var locations = []location{
	{"aws_iam_policy", "policy", IdentityPolicy},
	{"aws_iam_role_policy", "policy", IdentityPolicy},
	{"aws_iam_user_policy", "policy", IdentityPolicy},
	{"aws_iam_group_policy", "policy", IdentityPolicy},
	{"aws_iam_role", "inline_policy.*.policy", IdentityPolicy},
	{"aws_ssoadmin_permission_set_inline_policy", "inline_policy", IdentityPolicy},
	{"aws_iam_role", "assume_role_policy", TrustPolicy},
	{"aws_s3_bucket", "policy", ResourcePolicy},
	{"aws_s3_bucket_policy", "policy", ResourcePolicy},
	{"aws_s3_access_point", "policy", ResourcePolicy},
	{"aws_s3control_access_point_policy", "policy", ResourcePolicy},
	{"aws_kms_key", "policy", ResourcePolicy},
	{"aws_kms_key_policy", "policy", ResourcePolicy},
	{"aws_sqs_queue", "policy", ResourcePolicy},
	{"aws_sqs_queue_policy", "policy", ResourcePolicy},
	{"aws_sns_topic", "policy", ResourcePolicy},
	{"aws_sns_topic_policy", "policy", ResourcePolicy},
	{"aws_secretsmanager_secret_policy", "policy", ResourcePolicy},
	{"aws_ecr_repository_policy", "policy", ResourcePolicy},
	{"aws_ecrpublic_repository_policy", "policy", ResourcePolicy},
	{"aws_glacier_vault", "access_policy", ResourcePolicy},
	{"aws_efs_file_system_policy", "policy", ResourcePolicy},
	{"aws_backup_vault_policy", "policy", ResourcePolicy},
	{"aws_cloudwatch_log_resource_policy", "policy_document", ResourcePolicy},
	{"aws_api_gateway_rest_api_policy", "policy", ResourcePolicy},
	{"aws_opensearch_domain_policy", "access_policies", ResourcePolicy},
	{"aws_elasticsearch_domain_policy", "access_policies", ResourcePolicy},
}

// Found is a policy document that a plan carries, with where.
type Found struct {
	Resource *plan.Resource
	Attr     string // attribute path, e.g. "policy" or "inline_policy.0.policy"
	Kind     Kind
	Source
}

// Label names the document for messages: the resource address, and the
// attribute when it is not the usual "policy".
func (f *Found) Label() string {
	if f.Attr == "policy" {
		return f.Resource.Address
	}
	return f.Resource.Address + " (" + f.Attr + ")"
}

// From names the aws_iam_policy_document the document was built from, for
// messages ("" when it was JSON in the attribute itself).
func (f *Found) From() string {
	if f.Source.From == nil {
		return ""
	}
	return " (built by " + f.Source.From.Address + ")"
}

type documentsKey struct{}

// documents is every document of a plan, in order and by where it is.
type documents struct {
	list []*Found
	at   map[docAt]*Found
}

type docAt struct {
	r    *plan.Resource
	attr string
}

func planDocuments(p *plan.Plan) *documents {
	return p.Memo(documentsKey{}, func() any {
		ds := &documents{at: map[docAt]*Found{}}
		for _, r := range p.Resources {
			if r.Mode != "managed" || !r.Exists() {
				continue
			}
			for _, l := range locations {
				if l.typ != r.Type {
					continue
				}
				for _, attr := range expand(r, l.attr) {
					src := FromAttribute(p, r, attr)
					if src.Found() || src.Err != nil || src.Unknown != "" {
						f := &Found{Resource: r, Attr: attr, Kind: l.kind, Source: src}
						ds.list = append(ds.list, f)
						ds.at[docAt{r, attr}] = f
					}
				}
			}
		}
		return ds
	}).(*documents)
}

// Documents returns every policy document carried by the managed resources
// of a plan that exist after apply, in resource address order. Each is read
// once per plan: JSON when known, else the aws_iam_policy_document it comes
// from (see FromAttribute).
func Documents(p *plan.Plan) []*Found { return planDocuments(p).list }

// DocumentsOf returns the documents of one kind.
func DocumentsOf(p *plan.Plan, k Kind) []*Found {
	var out []*Found
	for _, f := range Documents(p) {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// documentAt returns the document at attr of r, if the plan carries one.
func documentAt(p *plan.Plan, r *plan.Resource, attr string) *Found {
	return planDocuments(p).at[docAt{r, attr}]
}

// expand turns a location's attribute path into the paths of r's values:
// "inline_policy.*.policy" becomes one path per inline_policy block.
func expand(r *plan.Resource, attr string) []string {
	before, after, ok := strings.Cut(attr, ".*.")
	if !ok {
		return []string{attr}
	}
	var out []string
	for i := range r.Get(before).List() {
		out = append(out, fmt.Sprintf("%s.%d.%s", before, i, after))
	}
	return out
}
