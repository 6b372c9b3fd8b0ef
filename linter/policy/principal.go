package policy

import (
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Identity is an IAM role, user or group with every identity policy in
// effect for it that the plan shows: inline policies (aws_iam_*_policy and
// inline_policy blocks), attached customer and AWS managed policies
// (aws_iam_*_policy_attachment, aws_iam_policy_attachment,
// aws_iam_*_policy_attachments_exclusive, managed_policy_arns), for users
// the policies of their groups, and its permissions boundary. An IAM
// Identity Center permission set (the role it provisions in each account it
// is assigned to) is one too, with its inline policy, managed and customer
// managed policy attachments and permissions boundary.
type Identity struct {
	// Kind is "role", "user", "group" or "permission set"; "policy" for an identity policy
	// the plan attaches to nothing it shows (a customer managed policy
	// meant for principals elsewhere), judged on its own.
	Kind string
	Name string // the IAM name, when known at plan time
	// Resource is the aws_iam_role, aws_iam_user or aws_iam_group; for a
	// principal the plan does not manage, the first resource that gives it
	// a policy; for Kind "policy", the policy's resource.
	Resource *plan.Resource
	Attr     string // the attribute findings point at ("" for the block)
	Managed  bool   // the plan manages the principal itself
	Policies []*Policy
	Boundary *Policy // the permissions boundary, if any
	Groups   []*Identity

	own []*Policy // the principal's own policies (Policies adds its groups')
}

// Label names the identity at the start of messages.
func (pr *Identity) Label() string {
	kind := strings.ToUpper(pr.Kind[:1]) + pr.Kind[1:]
	switch {
	case pr.Resource == nil:
		return "A principal holding this policy" // a document judged on its own
	case pr.Kind == "policy" && pr.Resource.Type == "aws_ssoadmin_permission_set_inline_policy":
		return "A user of the IAM Identity Center permission set with " + pr.Policies[0].Label
	case pr.Kind == "policy":
		return "A principal holding " + pr.Policies[0].Label + " (which this plan attaches to nothing)"
	case pr.Managed && pr.Name != "":
		return fmt.Sprintf("%s %s (%q)", kind, pr.Resource.Address, pr.Name)
	case pr.Managed:
		return kind + " " + pr.Resource.Address
	}
	return fmt.Sprintf("%s %q (not managed in this plan)", kind, pr.Name)
}

// Policy is one identity policy in effect for a principal.
type Policy struct {
	// Label names it for messages: its resource address, "AWS managed
	// policy PowerUserAccess", or the ARN of a policy the plan does not
	// define.
	Label  string
	Found  *Found    // where the plan defines it; nil for AWS managed and external policies
	ARN    string    // when attached by a literal ARN
	Source           // the document, or why it cannot be read
	Group  *Identity // the group it comes through, for a user
}

// Analysed reports whether the policy's content is available: in the plan
// (possibly known only after apply) or embedded. Policies defined outside
// the plan, and AWS managed policies srmlint does not embed, are not.
func (po *Policy) Analysed() bool { return po.Source.Found() || po.Source.Unknown != "" }

// name is Label plus the group it comes through.
func (po *Policy) name() string {
	if po.Group != nil {
		return po.Label + " via group " + po.Group.ref()
	}
	return po.Label
}

// ref names a principal briefly: its address, or its name.
func (pr *Identity) ref() string {
	if pr.Managed || pr.Kind == "policy" {
		return pr.Resource.Address
	}
	return fmt.Sprintf("%q", pr.Name)
}

// model is the aggregated view of a plan's principals.
type model struct {
	principals   []*Identity
	boundaryOnly map[*Found]bool
}

type modelKey struct{}

// Identities returns the plan's IAM identities with their aggregated policies,
// sorted by address: every role, user and group the plan manages, those it
// attaches policies to by name without managing them, and, as Kind
// "policy", every identity policy it attaches to nothing it shows.
// Policies used only as permissions boundaries are not principals.
func Identities(p *plan.Plan) []*Identity { return aggregate(p).principals }

// BoundaryOnly reports whether an identity policy of the plan serves only as
// a permissions boundary: it limits permissions and grants nothing, so
// least-privilege checks do not apply to it.
func BoundaryOnly(p *plan.Plan, f *Found) bool { return aggregate(p).boundaryOnly[f] }

func aggregate(p *plan.Plan) *model {
	return p.Memo(modelKey{}, func() any {
		a := &aggregator{p: p, byRes: map[*plan.Resource]*Identity{}, byName: map[string]*Identity{}, attached: map[*Found]bool{}, bound: map[*Found]bool{}}
		return a.run()
	}).(*model)
}

var principalTypes = []struct{ typ, kind string }{
	{"aws_iam_group", "group"}, {"aws_iam_role", "role"}, {"aws_iam_user", "user"},
	{"aws_ssoadmin_permission_set", "permission set"},
}

func kindOf(typ string) string {
	for _, t := range principalTypes {
		if t.typ == typ {
			return t.kind
		}
	}
	return ""
}

// inlineTypes give the principal their attr names an inline policy in doc.
var inlineTypes = []struct{ typ, attr, target, doc string }{
	{"aws_iam_group_policy", "group", "aws_iam_group", "policy"},
	{"aws_iam_role_policy", "role", "aws_iam_role", "policy"},
	{"aws_iam_user_policy", "user", "aws_iam_user", "policy"},
	{"aws_ssoadmin_permission_set_inline_policy", "permission_set_arn", "aws_ssoadmin_permission_set", "inline_policy"},
}

// attachmentTypes attach policies, by ARN, to principals. An empty target
// attribute means the resource is the principal itself.
var attachmentTypes = []struct{ typ, target, targetType, policies string }{
	{"aws_iam_group_policy_attachment", "group", "aws_iam_group", "policy_arn"},
	{"aws_iam_role_policy_attachment", "role", "aws_iam_role", "policy_arn"},
	{"aws_iam_user_policy_attachment", "user", "aws_iam_user", "policy_arn"},
	{"aws_iam_policy_attachment", "groups", "aws_iam_group", "policy_arn"},
	{"aws_iam_policy_attachment", "roles", "aws_iam_role", "policy_arn"},
	{"aws_iam_policy_attachment", "users", "aws_iam_user", "policy_arn"},
	{"aws_iam_group_policy_attachments_exclusive", "group_name", "aws_iam_group", "policy_arns"},
	{"aws_iam_role_policy_attachments_exclusive", "role_name", "aws_iam_role", "policy_arns"},
	{"aws_iam_user_policy_attachments_exclusive", "user_name", "aws_iam_user", "policy_arns"},
	{"aws_iam_role", "", "aws_iam_role", "managed_policy_arns"},
	{"aws_ssoadmin_managed_policy_attachment", "permission_set_arn", "aws_ssoadmin_permission_set", "managed_policy_arn"},
	{"aws_ssoadmin_customer_managed_policy_attachment", "permission_set_arn", "aws_ssoadmin_permission_set", "customer_managed_policy_reference"},
}

type aggregator struct {
	p        *plan.Plan
	list     []*Identity
	byRes    map[*plan.Resource]*Identity
	byName   map[string]*Identity // kind + "/" + lowercase name
	attached map[*Found]bool
	bound    map[*Found]bool
}

func (a *aggregator) run() *model {
	p := a.p
	for _, t := range principalTypes {
		for _, r := range p.OfType(t.typ) {
			a.add(&Identity{Kind: t.kind, Name: r.Get("name").String(), Resource: r, Managed: true})
		}
	}
	for _, t := range inlineTypes {
		for _, r := range p.OfType(t.typ) {
			f := documentAt(p, r, t.doc)
			if f == nil {
				continue
			}
			for _, pr := range a.targets(r, t.attr, t.target) {
				pr.give(&Policy{Label: r.Address, Found: f, Source: f.Source})
				a.attached[f] = true
			}
		}
	}
	for _, f := range DocumentsOf(p, IdentityPolicy) {
		if pr := a.byRes[f.Resource]; pr != nil && f.Resource.Type == "aws_iam_role" {
			pr.give(&Policy{Label: f.Label(), Found: f, Source: f.Source})
			a.attached[f] = true
		}
	}
	for _, t := range attachmentTypes {
		for _, r := range p.OfType(t.typ) {
			targets := []*Identity{a.byRes[r]}
			if t.target != "" {
				targets = a.targets(r, t.target, t.targetType)
			}
			for _, po := range a.policies(r, t.policies) {
				for _, pr := range targets {
					if pr != nil {
						pr.give(po)
						if po.Found != nil {
							a.attached[po.Found] = true
						}
					}
				}
			}
		}
	}
	for _, pr := range a.list {
		// groups have no boundary; a permission set's is an attachment
		if pr.Managed && (pr.Kind == "role" || pr.Kind == "user") {
			a.bind(pr, a.policies(pr.Resource, "permissions_boundary"))
		}
	}
	for _, r := range p.OfType("aws_ssoadmin_permissions_boundary_attachment") {
		pols := a.policies(r, "permissions_boundary")
		for _, pr := range a.targets(r, "permission_set_arn", "aws_ssoadmin_permission_set") {
			a.bind(pr, pols)
		}
	}
	a.conditionBoundaries()
	a.memberships()
	m := &model{boundaryOnly: map[*Found]bool{}}
	for f := range a.bound {
		if !a.attached[f] {
			m.boundaryOnly[f] = true
		}
	}
	for _, f := range DocumentsOf(p, IdentityPolicy) {
		if !a.attached[f] && !a.bound[f] {
			pr := &Identity{Kind: "policy", Resource: f.Resource, Attr: f.Attr}
			pr.give(&Policy{Label: f.Label(), Found: f, Source: f.Source})
			a.list = append(a.list, pr)
		}
	}
	for _, pr := range a.list {
		pr.Policies = append([]*Policy(nil), pr.own...)
		for _, g := range pr.Groups {
			for _, po := range g.own {
				via := *po
				via.Group = g
				pr.Policies = append(pr.Policies, &via)
			}
		}
	}
	sort.SliceStable(a.list, func(i, j int) bool {
		if a.list[i].Resource.Address != a.list[j].Resource.Address {
			return a.list[i].Resource.Address < a.list[j].Resource.Address
		}
		return a.list[i].Name < a.list[j].Name
	})
	m.principals = a.list
	return m
}

// bind makes the first of pols, if any, pr's permissions boundary.
func (a *aggregator) bind(pr *Identity, pols []*Policy) {
	if len(pols) == 0 {
		return
	}
	pr.Boundary = pols[0]
	if pols[0].Found != nil {
		a.bound[pols[0].Found] = true
	}
}

func (a *aggregator) add(pr *Identity) {
	a.list = append(a.list, pr)
	if pr.Managed {
		a.byRes[pr.Resource] = pr
	}
	if pr.Name != "" {
		a.byName[pr.Kind+"/"+strings.ToLower(pr.Name)] = pr
	}
}

// give adds a policy to the principal's own policies, once.
func (pr *Identity) give(po *Policy) {
	for _, o := range pr.own {
		if (po.Found != nil && o.Found == po.Found) || (po.Found == nil && po.ARN != "" && o.ARN == po.ARN) {
			return
		}
	}
	pr.own = append(pr.own, po)
}

// memberships links users to their groups (aws_iam_user_group_membership,
// aws_iam_group_membership).
func (a *aggregator) memberships() {
	link := func(users, groups []*Identity) {
		for _, u := range users {
			for _, g := range groups {
				if !slices.Contains(u.Groups, g) {
					u.Groups = append(u.Groups, g)
				}
			}
		}
	}
	for _, r := range a.p.OfType("aws_iam_user_group_membership") {
		link(a.targets(r, "user", "aws_iam_user"), a.targets(r, "groups", "aws_iam_group"))
	}
	for _, r := range a.p.OfType("aws_iam_group_membership") {
		link(a.targets(r, "users", "aws_iam_user"), a.targets(r, "group", "aws_iam_group"))
	}
}

// targets returns the principals an attribute of r names (one name or a
// list): through configuration references when they lead to a principal the
// plan manages, else by name, creating principals the plan does not manage.
// conditionBoundaries marks as boundaries the customer managed policies
// that an iam:PermissionsBoundary condition names (the boundary that roles
// created by a deploy role must carry): they limit, they grant nothing.
func (a *aggregator) conditionBoundaries() {
	named := map[string]bool{} // policy names, and module path + "/" + config name for references
	for _, f := range DocumentsOf(a.p, IdentityPolicy) {
		if f.Doc == nil {
			continue
		}
		for _, s := range f.Doc.Statements {
			for _, c := range s.Conditions {
				if !strings.EqualFold(c.Key, "iam:PermissionsBoundary") {
					continue
				}
				for _, v := range c.Values {
					if _, name, ok := strings.Cut(v, ":policy/"); ok {
						named[name[strings.LastIndex(name, "/")+1:]] = true
					}
				}
				for _, ref := range c.Deferred {
					if rest, ok := strings.CutPrefix(ref, "aws_iam_policy."); ok {
						name, _, _ := strings.Cut(rest, ".")
						named[f.Resource.ModulePath+"/"+name] = true
					}
				}
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for _, f := range DocumentsOf(a.p, IdentityPolicy) {
		r := f.Resource
		if r.Type == "aws_iam_policy" && (named[r.Get("name").String()] || named[r.ModulePath+"/"+r.Name]) {
			a.bound[f] = true
		}
	}
}

func (a *aggregator) targets(r *plan.Resource, attr, typ string) []*Identity {
	kind := kindOf(typ)
	var out []*Identity
	v := r.Setting(attr)
	names := stringsOf(v)
	if len(names) == 0 || hasUnknown(v) {
		// Known only after apply: the references decide. Known names
		// decide alone: a reference such as aws_iam_role.r[each.value.role]
		// names the resource but not which of its instances.
		for _, t := range a.p.Referenced(r, attr, typ) {
			if pr := a.byRes[t]; pr != nil && !slices.Contains(out, pr) {
				out = append(out, pr)
			}
		}
	}
	for _, name := range names {
		pr := a.byName[kind+"/"+strings.ToLower(name)]
		if pr == nil {
			pr = &Identity{Kind: kind, Name: name, Resource: r, Attr: attr}
			a.add(pr)
		}
		if !slices.Contains(out, pr) {
			out = append(out, pr)
		}
	}
	return out
}

// policies resolves the policy ARNs in an attribute of r (one ARN or a
// list): customer managed policies of the plan (through references, or by
// ARN or name), data "aws_iam_policy" sources, embedded AWS managed
// policies, and, not analysed, policies defined elsewhere.
func (a *aggregator) policies(r *plan.Resource, attr string) []*Policy {
	switch {
	case strings.HasSuffix(attr, "customer_managed_policy_reference"):
		return a.policyByName(r, attr+".0")
	case r.Type == "aws_ssoadmin_permissions_boundary_attachment":
		// a permissions_boundary block: an AWS managed policy's ARN, or a
		// customer managed policy's name
		if r.Get(attr + ".0.managed_policy_arn").Null() {
			return a.policies(r, attr+".0.customer_managed_policy_reference")
		}
		attr += ".0.managed_policy_arn"
	}
	var out []*Policy
	covered := map[*plan.Resource]bool{}
	coveredARN := map[string]bool{}
	add := func(t *plan.Resource) {
		if covered[t] {
			return
		}
		covered[t] = true
		coveredARN[t.Get("arn").String()] = true
		if po := a.planPolicy(t); po != nil {
			out = append(out, po)
		}
	}
	for _, t := range a.p.Referenced(r, attr, "aws_iam_policy") {
		if t.Exists() {
			add(t)
		}
	}
	// Setting: an ARN list the provider computes (managed_policy_arns left
	// unset) is not a value known only after apply.
	v := r.Setting(attr)
	arns, unknown := stringsOf(v), hasUnknown(v)
	if v.Unknown() && len(covered) == 0 {
		// "arn:${data.aws_partition.current.partition}:iam::aws:policy/X"
		// is X whichever the partition
		if arn, ok := managedARNTemplate(a.p.SourceExpr(r, attr)); ok {
			arns, unknown = []string{arn}, false
		}
	}
	for _, arn := range arns {
		if coveredARN[arn] {
			continue
		}
		if name := AWSManagedName(arn); name != "" {
			po := &Policy{Label: "AWS managed policy " + name, ARN: arn}
			if doc, ok := AWSManaged(name); ok {
				po.Source = Source{Doc: doc}
			}
			out = append(out, po)
			continue
		}
		if t := a.customerPolicy(arn); t != nil {
			add(t)
			continue
		}
		out = append(out, &Policy{Label: arn, ARN: arn})
	}
	if len(covered) == 0 && unknown {
		// an ARN known only after apply that no reference explains
		out = append(out, &Policy{Label: r.Address + "." + attr, Source: Source{Unknown: "the policy ARN is known only after apply"}})
	}
	return out
}

// planPolicy is the policy of an aws_iam_policy resource or data source of
// the plan (nil when it has no document).
func (a *aggregator) planPolicy(t *plan.Resource) *Policy {
	if t.Mode == "data" {
		// data "aws_iam_policy" reads an existing policy while planning
		po := &Policy{Label: t.Address}
		if v := t.Get("policy"); v.Unknown() {
			po.Source = Source{Unknown: "policy is known only after apply"}
		} else if s, ok := v.Str(); ok {
			doc, err := Parse(s)
			po.Source = Source{Doc: doc, Err: err}
		}
		return po
	}
	if f := documentAt(a.p, t, "policy"); f != nil {
		return &Policy{Label: t.Address, Found: f, Source: f.Source}
	}
	return nil
}

// policyByName resolves the customer_managed_policy_reference block at
// prefix of r (IAM Identity Center names a policy by name and path): the
// plan's aws_iam_policy of that name, else a policy defined elsewhere (in
// each account the permission set is assigned to), not analysed.
func (a *aggregator) policyByName(r *plan.Resource, prefix string) []*Policy {
	nameAttr := prefix + ".name"
	for _, t := range a.p.Referenced(r, nameAttr, "aws_iam_policy") {
		if po := a.planPolicy(t); po != nil && t.Exists() {
			return []*Policy{po}
		}
	}
	name, ok := r.Get(nameAttr).Str()
	switch {
	case !ok:
		return []*Policy{{Label: r.Address + "." + nameAttr, Source: Source{Unknown: "the policy name is known only after apply"}}}
	case name == "":
		return nil
	}
	if t := a.customerPolicy(":policy/" + name); t != nil {
		if po := a.planPolicy(t); po != nil {
			return []*Policy{po}
		}
	}
	return []*Policy{{Label: "customer managed policy " + name}}
}

// managedARNTemplate reads an AWS managed policy's ARN from a template
// whose only interpolation is the partition, as "arn:${partition}:iam::aws:
// policy/NAME" (with partition aws in the ARN returned).
func managedARNTemplate(e hcl.Expression) (string, bool) {
	t, ok := e.(*hclsyntax.TemplateExpr)
	if !ok {
		return "", false
	}
	var b strings.Builder
	for _, part := range t.Parts {
		if s, ok := literal(part); ok {
			b.WriteString(s)
		} else {
			b.WriteString("\x00")
		}
	}
	rest, ok := strings.CutPrefix(b.String(), "arn:\x00:")
	if !ok || strings.Contains(rest, "\x00") || AWSManagedName("arn:aws:"+rest) == "" {
		return "", false
	}
	return "arn:aws:" + rest, true
}

// customerPolicy finds the plan's aws_iam_policy with a given ARN (by its
// known ARN, or by the name at the end of the ARN).
func (a *aggregator) customerPolicy(arn string) *plan.Resource {
	name := path.Base(arn)
	for _, t := range a.p.OfType("aws_iam_policy") {
		if t.Get("arn").String() == arn || (t.Get("name").String() == name && strings.Contains(arn, ":policy/")) {
			return t
		}
	}
	return nil
}

// stringsOf returns the known, non-empty strings of a string or list value.
func stringsOf(v plan.Value) []string {
	if s, ok := v.Str(); ok {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	var out []string
	for _, s := range v.Strings() {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func hasUnknown(v plan.Value) bool {
	if v.Unknown() {
		return true
	}
	for _, e := range v.List() {
		if e.Unknown() {
			return true
		}
	}
	return false
}

// IdentitiesAt returns the identities of a type ("aws_iam_user") that an
// attribute of r names, through configuration references or by name.
func IdentitiesAt(p *plan.Plan, r *plan.Resource, attr, typ string) []*Identity {
	refs := p.Referenced(r, attr, typ)
	names := stringsOf(r.Setting(attr))
	var out []*Identity
	for _, id := range Identities(p) {
		if id.Kind != kindOf(typ) {
			continue
		}
		named := false
		for _, n := range names {
			named = named || strings.EqualFold(n, id.Name)
		}
		for _, t := range refs {
			named = named || (id.Managed && id.Resource == t)
		}
		if named {
			out = append(out, id)
		}
	}
	return out
}
