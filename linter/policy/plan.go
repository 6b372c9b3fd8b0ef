package policy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Source is a policy document found in a plan, with where it came from.
type Source struct {
	Doc *Document
	// Err is set when the policy text is not a valid policy.
	Err error
	// Unknown describes the value that is known only after apply when the
	// document (or a part of it) cannot be read at plan time.
	Unknown string
	// Partial is set when Doc holds only the parts known at plan time
	// (rebuilt from an aws_iam_policy_document with unknown values).
	Partial bool
	// Incomplete is set when a Partial document may lack whole statements
	// (its statement list, or a source or override document, is unknown).
	Incomplete bool
	// From is the aws_iam_policy_document the document comes from, if any.
	From *plan.Resource
}

// Found reports whether there is a document to analyse.
func (s Source) Found() bool { return s.Doc != nil }

// FromAttribute returns the policy document held by an attribute of r (such
// as aws_s3_bucket_policy.policy). When the JSON is known only after apply
// but comes from an aws_iam_policy_document data source, the document is
// rebuilt from that data source's statement blocks.
func FromAttribute(p *plan.Plan, r *plan.Resource, attr string) Source {
	v := r.Setting(attr)
	docs := p.Referenced(r, attr, "aws_iam_policy_document")
	if s, ok := v.Str(); ok {
		if strings.TrimSpace(s) == "" {
			return Source{}
		}
		doc, err := Parse(s)
		src := Source{Doc: doc, Err: err}
		if len(docs) == 1 {
			src.From = docs[0]
		}
		return src
	}
	if !v.Unknown() {
		return Source{}
	}
	if len(docs) == 1 {
		src := withPlaceholders(FromDocumentData(docs[0]), placeholders(p, r, attr))
		if src.Unknown != "" {
			src.Unknown = attr + " comes from " + docs[0].Address + ", whose " + src.Unknown
		}
		return src
	}
	if src, ok := fromJSONEncode(p, r, attr); ok {
		return src
	}
	what := attr + " is known only after apply"
	if refs := r.References(attr); len(refs) > 0 {
		what += " (it depends on " + strings.Join(shortRefs(refs), ", ") + ")"
	}
	return Source{Unknown: what}
}

// shortRefs keeps the most specific of each reference chain, for messages.
func shortRefs(refs []string) []string {
	var out []string
	for i, r := range refs {
		dup := slices.Contains(out, r) // Terraform lists a reference once per use
		for j, o := range refs {
			if i != j && strings.HasPrefix(o, r) && len(o) > len(r) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

// FromDocumentData reads an aws_iam_policy_document data source: its json
// when known, else its statement blocks (with unknown parts marked).
func FromDocumentData(d *plan.Resource) Source {
	if s, ok := d.Get("json").Str(); ok && s != "" {
		doc, err := Parse(s)
		return Source{Doc: doc, Err: err, From: d}
	}
	src := Source{From: d, Doc: &Document{Version: d.Get("version").String(), ID: d.Get("policy_id").String()}}
	if src.Doc.Version == "" && !d.Get("version").Unknown() {
		src.Doc.Version = "2012-10-17" // the data source's default
	}
	// The provider merges as the AWS docs say: source documents first, then
	// the statement blocks, then the override documents; a statement with a
	// Sid replaces an earlier one with the same Sid.
	var unknown []string
	merge := func(stmts []*Statement) {
		for _, st := range stmts {
			at := len(src.Doc.Statements)
			if st.Sid != "" {
				if i := slices.IndexFunc(src.Doc.Statements, func(o *Statement) bool { return o.Sid == st.Sid }); i >= 0 {
					at = i
				}
			}
			st.Index = at
			if at == len(src.Doc.Statements) {
				src.Doc.Statements = append(src.Doc.Statements, st)
			} else {
				src.Doc.Statements[at] = st
			}
		}
	}
	documents := func(attr string) error {
		v := d.Get(attr)
		// Documents composed from other aws_iam_policy_document data
		// sources (source_policy_documents = [data.x.json]) are rebuilt
		// from those when their JSON is known only after apply.
		resolved := false
		if (v.Unknown() || len(v.Strings()) != len(v.List())) && (attr == "source_policy_documents" || attr == "override_policy_documents") {
			if subs, ok := referencedDocuments(d, attr, v.Unknown()); ok {
				resolved = true
				for _, sub := range subs {
					if sub.Err != nil {
						return sub.Err
					}
					merge(sub.Doc.Statements)
					src.Incomplete = src.Incomplete || sub.Incomplete
					if sub.Unknown != "" {
						unknown = append(unknown, attr)
					}
				}
			}
		}
		if v.Unknown() {
			if !resolved {
				unknown = append(unknown, attr)
				src.Incomplete = true
			}
			return nil
		}
		texts := v.Strings()
		if s, ok := v.Str(); ok {
			texts = []string{s}
		}
		for _, t := range texts {
			if t == "" {
				continue
			}
			sub, err := Parse(t)
			if err != nil {
				return err
			}
			merge(sub.Statements)
		}
		for _, e := range v.List() {
			if e.Unknown() && !resolved {
				unknown = append(unknown, attr)
				src.Incomplete = true
			}
		}
		return nil
	}
	for _, attr := range []string{"source_policy_documents", "source_json"} {
		if err := documents(attr); err != nil {
			return Source{Err: err, From: d}
		}
	}
	stmts := d.Get("statement")
	if stmts.Unknown() {
		unknown = append(unknown, "statement")
		src.Incomplete = true
	}
	list := stmts.List()
	aligned := alignedBlocks(d, "statement", len(list))
	for i, sv := range list {
		st := statementFromBlock(sv, d, i, aligned)
		merge([]*Statement{st})
		for part := range st.Unknown {
			unknown = append(unknown, "statement."+part)
		}
	}
	for _, attr := range []string{"override_policy_documents", "override_json"} {
		if err := documents(attr); err != nil {
			return Source{Err: err, From: d}
		}
	}
	if len(unknown) > 0 {
		src.Partial = true
		src.Unknown = "values " + strings.Join(dedupe(unknown), ", ") + " are known only after apply"
	}
	return src
}

// statementFromBlock converts one statement block of aws_iam_policy_document
// (the i-th of data source d).
func statementFromBlock(v plan.Value, d *plan.Resource, i int, aligned bool) *Statement {
	st := &Statement{Sid: v.Get("sid").String(), Effect: v.Get("effect").String(), Unknown: map[string]bool{}}
	if st.Effect == "" {
		st.Effect = Allow
	}
	strs := func(attr, part string) []string {
		x := v.Get(attr)
		if x.Unknown() {
			st.Unknown[part] = true
			return nil
		}
		list := x.List()
		if list == nil {
			return nil
		}
		out := []string{}
		for _, e := range list {
			if e.Unknown() {
				st.Unknown[part] = true
				continue
			}
			out = append(out, e.String())
		}
		return out
	}
	base := fmt.Sprintf("statement.%d.", i)
	owner := d.Address
	if !aligned {
		d = nil // the configuration cannot tell which references belong here
	}
	// ARNs taken from other resources' attributes (a bucket's arn) are
	// specific even before apply: the statement is limited to them.
	resources := func(attr string) []string {
		x := v.Get(attr)
		if x.Unknown() || len(x.Strings()) != len(x.List()) {
			var refs []string
			if d != nil {
				refs = d.References(base + attr)
			}
			if names := specificSources(d, owner, base+attr, refs, x.Unknown()); len(names) > 0 {
				out := x.Strings()
				for _, n := range names {
					out = append(out, deferredValue([]string{n}))
				}
				return out
			}
		}
		return strs(attr, "resource")
	}
	st.Actions = strs("actions", "action")
	st.NotActions = strs("not_actions", "action")
	st.Resources = resources("resources")
	st.NotResources = resources("not_resources")
	if len(st.Actions) == 0 && st.NotActions != nil && len(st.NotActions) > 0 {
		st.Actions = nil
	} else if len(st.NotActions) == 0 {
		st.NotActions = nil
	}
	if len(st.NotResources) == 0 {
		st.NotResources = nil
	}
	st.Principals, st.HasPrincipal = principalBlocks(v.Get("principals"), d, owner, base+"principals", st)
	st.NotPrincipals, st.HasNotPrinc = principalBlocks(v.Get("not_principals"), d, owner, base+"not_principals", st)
	cond := v.Get("condition")
	if cond.Unknown() {
		st.Unknown["condition"] = true
	}
	for j, c := range cond.List() {
		test, variable := c.Get("test"), c.Get("variable")
		vals := c.Get("values")
		cd := NewCondition(test.String(), variable.String(), vals.Strings())
		if test.Unknown() || variable.Unknown() {
			cd.Unknown = true
			cd.KeyUnknown = !test.Unknown() && !vals.Unknown() && len(vals.Strings()) == len(vals.List())
		} else if vals.Unknown() || len(vals.Strings()) != len(vals.List()) {
			// Values taken from other resources' attributes (a trail's ARN,
			// an account ID) are specific even before apply.
			path := fmt.Sprintf("%scondition.%d.values", base, j)
			if names := specificSources(d, owner, path, refsAt(d, path, base+"condition", len(cond.List())), vals.Unknown()); len(names) > 0 {
				cd.Deferred = names
			} else {
				cd.Unknown = true
			}
		}
		if cd.Unknown {
			st.Unknown["condition"] = true
		}
		st.Conditions = append(st.Conditions, cd)
	}
	return st
}

// refsAt returns the references at path of d when d is set and the blocks
// at parent align with the n value blocks.
func refsAt(d *plan.Resource, path, parent string, n int) []string {
	if d == nil || !alignedBlocks(d, parent, n) {
		return nil
	}
	return d.References(path)
}

// specificSources names where the values known only after apply at path
// (in the blocks at parent, n of them) come from, when each is certainly
// one specific value, never a wildcard: references to resource attributes
// only (see resourceRefsOnly); or, for unknown elements of a list that is
// itself known, references that lead through locals, module variables and
// outputs to such resources: variables and locals are known while
// planning, so an unknown element comes from the resources (also in a
// dynamic block, whose references the plan does not show). A list unknown
// as a whole may hold a literal "*" next to them. It returns nil when the
// values may be anything.
func specificSources(d *plan.Resource, owner, path string, refs []string, whole bool) []string {
	if resourceRefsOnly(refs) {
		return shortRefs(refs)
	}
	if whole {
		return nil
	}
	if len(refs) == 0 {
		// A dynamic block: the plan shows no references. An unknown element
		// of a known list still comes from a resource; name it by place
		// (owner is the policy's resource), so that it equals no other.
		return []string{owner + "." + path}
	}
	var out []string
	for _, r := range d.Plan().Referenced(d, path) {
		if r.Type == "terraform_data" {
			return nil // passes any value through, "*" included
		}
		out = append(out, r.Address)
	}
	return out
}

// deferredPrincipal is a principal taken from another resource's attribute:
// unknown until apply, but one specific principal.
func deferredPrincipal(typ string, refs []string) Principal {
	return Principal{Type: typ, ID: deferredValue(refs)}
}

// deferredValue stands for a value known only after apply that comes from
// other resources' attributes: specific, never a wildcard.
func deferredValue(refs []string) string {
	return "(known after apply: " + strings.Join(shortRefs(refs), ", ") + ")"
}

// Deferred reports whether a principal ID or resource stands for a value
// known only after apply (see deferredValue).
func Deferred(s string) bool { return strings.HasPrefix(s, "(known after apply") }

// alignedBlocks reports whether the configuration of d has exactly n static
// nested blocks at path, so that the i-th value block is the i-th
// configuration block (dynamic blocks break that correspondence).
func alignedBlocks(d *plan.Resource, path string, n int) bool {
	exprs := d.Expr(path)
	return len(exprs) == 1 && len(exprs[0].NestedBlocks) == n
}

// resourceRefsOnly reports whether every reference names a resource or
// data source attribute (never a variable, local or module output, which
// could hold "*", nor terraform_data, whose output is whatever its input is).
func resourceRefsOnly(refs []string) bool {
	if len(refs) == 0 {
		return false
	}
	for _, r := range refs {
		first, _, _ := strings.Cut(r, ".")
		switch first {
		case "var", "local", "each", "count", "module", "path", "terraform", "self", "terraform_data":
			return false
		}
	}
	return true
}

// principalBlocks reads principals or not_principals blocks at config path
// cfg of data source d.
func principalBlocks(v plan.Value, d *plan.Resource, owner, cfg string, st *Statement) ([]Principal, bool) {
	if v.Unknown() {
		st.Unknown["principal"] = true
		return nil, true
	}
	list := v.List()
	if len(list) == 0 {
		return nil, false
	}
	var out []Principal
	for j, b := range list {
		typ := b.Get("type")
		ids := b.Get("identifiers")
		if typ.Unknown() {
			st.Unknown["principal"] = true
			continue
		}
		t := typ.String()
		unknownIDs := ids.Unknown()
		for _, id := range ids.List() {
			switch {
			case id.Unknown():
				unknownIDs = true
			case t == "*":
				out = append(out, Principal{Type: "*", ID: "*"})
			default:
				out = append(out, Principal{Type: t, ID: id.String()})
			}
		}
		if !unknownIDs {
			continue
		}
		// [aws_iam_role.a.arn, aws_iam_role.b.arn] are specific principals,
		// one per source, whatever their values. So is a Federated or
		// Service principal from anywhere (var.oidc_provider_arn): only an
		// AWS principal may turn out to be "*".
		path := fmt.Sprintf("%s.%d.identifiers", cfg, j)
		switch names := specificSources(d, owner, path, refsAt(d, path, cfg, len(list)), ids.Unknown()); {
		case len(names) > 0:
			for _, n := range names {
				out = append(out, deferredPrincipal(t, []string{n}))
			}
		case t == "Federated" || t == "Service":
			out = append(out, deferredPrincipal(t, shortRefs(refsAt(d, path, cfg, len(list)))))
		default:
			st.Unknown["principal"] = true
		}
	}
	return out, true
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
