package policy

import (
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
	// From is the aws_iam_policy_document the document was read from, if any.
	From *plan.Resource
}

// Found reports whether there is a document to analyse.
func (s Source) Found() bool { return s.Doc != nil }

// FromAttribute returns the policy document held by an attribute of r (such
// as aws_s3_bucket_policy.policy). When the JSON is known only after apply
// but comes from an aws_iam_policy_document data source, the document is
// rebuilt from that data source's statement blocks.
func FromAttribute(p *plan.Plan, r *plan.Resource, attr string) Source {
	v := r.Get(attr)
	if s, ok := v.Str(); ok {
		if strings.TrimSpace(s) == "" {
			return Source{}
		}
		doc, err := Parse(s)
		return Source{Doc: doc, Err: err}
	}
	if !v.Unknown() {
		return Source{}
	}
	docs := p.Referenced(r, attr, "aws_iam_policy_document")
	if len(docs) == 1 {
		src := FromDocumentData(docs[0])
		if src.Unknown != "" {
			src.Unknown = attr + " comes from " + docs[0].Address + ", whose " + src.Unknown
		}
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
		dup := false
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
	var unknown []string
	for _, attr := range []string{"source_policy_documents", "override_policy_documents", "source_json", "override_json"} {
		v := d.Get(attr)
		if v.Unknown() {
			unknown = append(unknown, attr)
			continue
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
				return Source{Err: err, From: d}
			}
			src.Doc.Statements = append(src.Doc.Statements, sub.Statements...)
		}
		for _, e := range v.List() {
			if e.Unknown() {
				unknown = append(unknown, attr)
			}
		}
	}
	stmts := d.Get("statement")
	if stmts.Unknown() {
		unknown = append(unknown, "statement")
	}
	for _, sv := range stmts.List() {
		st := statementFromBlock(sv)
		st.Index = len(src.Doc.Statements)
		src.Doc.Statements = append(src.Doc.Statements, st)
		for part := range st.Unknown {
			unknown = append(unknown, "statement."+part)
		}
	}
	if len(unknown) > 0 {
		src.Partial = true
		src.Unknown = "values " + strings.Join(dedupe(unknown), ", ") + " are known only after apply"
	}
	return src
}

// statementFromBlock converts one statement block of aws_iam_policy_document.
func statementFromBlock(v plan.Value) *Statement {
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
	st.Actions = strs("actions", "action")
	st.NotActions = strs("not_actions", "action")
	st.Resources = strs("resources", "resource")
	st.NotResources = strs("not_resources", "resource")
	if len(st.Actions) == 0 && st.NotActions != nil && len(st.NotActions) > 0 {
		st.Actions = nil
	} else if len(st.NotActions) == 0 {
		st.NotActions = nil
	}
	if len(st.NotResources) == 0 {
		st.NotResources = nil
	}
	st.Principals, st.HasPrincipal = principalBlocks(v.Get("principals"), st, "principal")
	st.NotPrincipals, st.HasNotPrinc = principalBlocks(v.Get("not_principals"), st, "principal")
	cond := v.Get("condition")
	if cond.Unknown() {
		st.Unknown["condition"] = true
	}
	for _, c := range cond.List() {
		test, variable := c.Get("test"), c.Get("variable")
		vals := c.Get("values")
		cd := NewCondition(test.String(), variable.String(), vals.Strings())
		if test.Unknown() || variable.Unknown() || vals.Unknown() || len(vals.Strings()) != len(vals.List()) {
			cd.Unknown = true
			st.Unknown["condition"] = true
		}
		st.Conditions = append(st.Conditions, cd)
	}
	return st
}

func principalBlocks(v plan.Value, st *Statement, part string) ([]Principal, bool) {
	if v.Unknown() {
		st.Unknown[part] = true
		return nil, true
	}
	list := v.List()
	if len(list) == 0 {
		return nil, false
	}
	var out []Principal
	for _, b := range list {
		typ := b.Get("type")
		ids := b.Get("identifiers")
		if typ.Unknown() || ids.Unknown() {
			st.Unknown[part] = true
			continue
		}
		for _, id := range ids.List() {
			if id.Unknown() {
				st.Unknown[part] = true
				continue
			}
			t := typ.String()
			if t == "*" {
				out = append(out, Principal{Type: "*", ID: "*"})
				continue
			}
			out = append(out, Principal{Type: t, ID: id.String()})
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
