package policy

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// unknownMark stands, in a rebuilt document, for a value that may be
// anything until apply (it comes from a variable, local or iterator whose
// value the source does not show). It must be valid inside a JSON string.
const unknownMark = "(srmlint: set from a variable or local)"

// jsonFuncs are the Terraform functions a policy built with jsonencode
// commonly uses, from cty's standard library (Terraform's own
// implementations behave the same on these inputs).
var jsonFuncs = map[string]function.Function{
	"concat": stdlib.ConcatFunc, "flatten": stdlib.FlattenFunc, "distinct": stdlib.DistinctFunc,
	"compact": stdlib.CompactFunc, "join": stdlib.JoinFunc, "format": stdlib.FormatFunc,
	"formatlist": stdlib.FormatListFunc, "lower": stdlib.LowerFunc, "upper": stdlib.UpperFunc,
	"replace": stdlib.ReplaceFunc, "merge": stdlib.MergeFunc, "lookup": stdlib.LookupFunc,
	"coalesce": stdlib.CoalesceFunc, "coalescelist": stdlib.CoalesceListFunc, "split": stdlib.SplitFunc,
	"keys": stdlib.KeysFunc, "values": stdlib.ValuesFunc, "length": stdlib.LengthFunc,
	"element": stdlib.ElementFunc, "contains": stdlib.ContainsFunc, "jsonencode": stdlib.JSONEncodeFunc,
	"trimspace": stdlib.TrimSpaceFunc, "sort": stdlib.SortFunc,
	"toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), "tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
}

// fromJSONEncode rebuilds a policy whose JSON is known only after apply from
// how the .tf source writes it, jsonencode({...}) or a heredoc or string
// template of the JSON: the expression is evaluated with
// each reference to a resource, data source or module output standing for
// one specific value ("(known after apply: aws_s3_bucket.b.arn)", so that
// "${aws_s3_bucket.b.arn}/*" keeps its suffix), and each reference to a
// variable, local or iterator for a value that may be anything. ok is false
// when the source is not available or the expression is not of that form.
func fromJSONEncode(p *plan.Plan, r *plan.Resource, attr string) (src Source, ok bool) {
	// Only a refinement: whatever goes wrong here, the policy stays unread
	// (unknown), as without the source.
	defer func() {
		if recover() != nil {
			src, ok = Source{}, false
		}
	}()
	var arg hclsyntax.Expression
	template := false
	switch e := p.SourceExpr(r, attr).(type) {
	case *hclsyntax.FunctionCallExpr:
		if e.Name != "jsonencode" || len(e.Args) != 1 {
			return Source{}, false
		}
		arg = e.Args[0]
	case *hclsyntax.TemplateExpr, *hclsyntax.TemplateWrapExpr:
		arg, template = e.(hclsyntax.Expression), true
	default:
		return Source{}, false
	}
	vars := map[string]*valueTree{}
	indexed := indexedAttrs(arg)
	var each cty.Value // each.value, evaluated at its first use
	var eachDone, eachOK bool
	for _, tr := range arg.Variables() {
		root := tr.RootName()
		if vars[root] == nil {
			vars[root] = &valueTree{}
		}
		if v, ok := variable(p, r, tr); ok {
			vars[root].child(tr[1].(hcl.TraverseAttr).Name).leaf = v
			continue
		}
		if v, ok := ownKey(r, tr); ok {
			vars[root].child(tr[1].(hcl.TraverseAttr).Name).leaf = v
			continue
		}
		if isEachValue(tr) {
			if !eachDone {
				each, eachOK = eachValue(p, r)
				eachDone = true
			}
			if eachOK {
				vars[root].child("value").leaf = each
				continue
			}
		}
		if attrs := indexed[plan.TraversalRef(tr)]; len(attrs) > 0 && len(tr) == 2 && r.Index != nil {
			if v, ok := instanceOf(tr, r.Index, attrs); ok {
				vars[root].child(tr[1].(hcl.TraverseAttr).Name).leaf = v
				continue
			}
		}
		if v, ok := dataValue(p, r, attr, tr); ok {
			vars[root].add(tr, v)
			continue
		}
		vars[root].add(tr, standIn(tr))
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{}, Functions: jsonFuncs}
	for root, t := range vars {
		ctx.Variables[root] = t.value()
	}
	val, diags := arg.Value(ctx)
	if diags.HasErrors() || !val.IsWhollyKnown() || val.IsNull() {
		return Source{}, false
	}
	var text string
	if template {
		if val.Type() != cty.String {
			return Source{}, false
		}
		text = val.AsString() // the JSON text itself
	} else {
		b, err := json.Marshal(ctyToGo(val))
		if err != nil {
			return Source{}, false
		}
		text = string(b)
	}
	doc, err := Parse(text)
	if err != nil {
		// The real JSON may differ (an unknown value may fill the gap):
		// undecided, not invalid.
		return Source{}, false
	}
	var unknown []string
	for _, st := range doc.Statements {
		st.Unknown = map[string]bool{}
		dropMarked(st)
		for part := range st.Unknown {
			unknown = append(unknown, part)
		}
	}
	src = Source{Doc: doc}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		src.Partial = true
		src.Unknown = attr + " is known only after apply, and the " + strings.Join(slices.Compact(unknown), ", ") + " of some statements come from variables or locals"
	}
	return src, true
}

// variable returns the value of var.NAME as the configuration shows it: the
// plan records the root module's variables, and a module call may pass a
// literal or leave the variable's default.
func variable(p *plan.Plan, r *plan.Resource, tr hcl.Traversal) (cty.Value, bool) {
	if tr.RootName() != "var" || len(tr) < 2 {
		return cty.NilVal, false
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return cty.NilVal, false
	}
	raw, ok := p.RootVariable(name.Name)
	if r.ModulePath != "" {
		v, known := p.ModuleVariable(r.ModulePath, name.Name)
		if !known {
			return cty.NilVal, false
		}
		b, err := json.Marshal(v)
		if err != nil {
			return cty.NilVal, false
		}
		raw, ok = b, true
	}
	if !ok {
		return cty.NilVal, false
	}
	ty, err := ctyjson.ImpliedType(raw)
	if err != nil {
		return cty.NilVal, false
	}
	v, err := ctyjson.Unmarshal(raw, ty)
	return v, err == nil
}

// standIn is what a reference stands for in a rebuilt policy when the plan
// does not give its value: one specific value (see deferredValue) for a
// resource, data source or module output; a value that may be anything
// (unknownMark) for a variable, local or iterator.
func standIn(tr hcl.Traversal) string {
	switch tr.RootName() {
	case "var", "local", "each", "count", "path", "terraform", "self":
		return unknownMark
	}
	return deferredValue([]string{plan.TraversalRef(tr)})
}

// dropMarked removes from a rebuilt statement the values that contain
// unknownMark, and records in st.Unknown which parts they were in.
func dropMarked(st *Statement) {
	marked := func(s string) bool { return strings.Contains(s, unknownMark) }
	drop := func(list []string, part string) []string {
		kept := slices.DeleteFunc(list, marked)
		if len(kept) < len(list) {
			st.Unknown[part] = true
		}
		return kept
	}
	st.Actions, st.NotActions = drop(st.Actions, "action"), drop(st.NotActions, "action")
	st.Resources, st.NotResources = drop(st.Resources, "resource"), drop(st.NotResources, "resource")
	for _, ps := range []*[]Principal{&st.Principals, &st.NotPrincipals} {
		*ps = slices.DeleteFunc(*ps, func(pr Principal) bool {
			if marked(pr.ID) {
				st.Unknown["principal"] = true
				return true
			}
			return false
		})
	}
	for i := range st.Conditions {
		c := &st.Conditions[i]
		if marked(c.Key) || slices.ContainsFunc(c.Values, marked) {
			c.Unknown = true
			c.KeyUnknown = !slices.ContainsFunc(c.Values, marked)
			st.Unknown["condition"] = true
		}
	}
}

// placeholder is a replace() that a policy attribute applies to the JSON of
// an aws_iam_policy_document: terraform-aws-modules/s3-bucket writes
// "_S3_BUCKET_ARN_" in its statements and replaces it with the bucket's ARN.
type placeholder struct{ old, new string }

// placeholders returns the replace() calls between an attribute of r and the
// data source JSON it comes from, through conditionals and local values,
// with what each replacement stands for: a literal, a resource attribute
// (one specific value, see deferredValue) or unknownMark.
func placeholders(p *plan.Plan, r *plan.Resource, attr string) []placeholder {
	var out []placeholder
	var walk func(e hclsyntax.Expression, depth int)
	walk = func(e hclsyntax.Expression, depth int) {
		if depth > 10 {
			return
		}
		switch e := e.(type) {
		case *hclsyntax.FunctionCallExpr:
			if e.Name != "replace" || len(e.Args) != 3 {
				return
			}
			// a pattern in slashes is a regular expression: not followed
			if old, ok := literal(e.Args[1]); ok && old != "" && !strings.HasPrefix(old, "/") {
				out = append(out, placeholder{old, replacement(p, r, attr, e.Args[2], depth+1)})
			}
			walk(e.Args[0], depth+1)
		case *hclsyntax.ConditionalExpr:
			walk(e.TrueResult, depth+1)
			walk(e.FalseResult, depth+1)
		case *hclsyntax.ScopeTraversalExpr:
			if local, ok := localExpr(p, r, e.Traversal); ok {
				walk(local, depth+1)
			}
		}
	}
	if e, ok := p.SourceExpr(r, attr).(hclsyntax.Expression); ok {
		walk(e, 0)
	}
	slices.Reverse(out) // the innermost replace() applies first
	return out
}

// replacement is what the replacement argument of a placeholder's replace()
// stands for.
func replacement(p *plan.Plan, r *plan.Resource, attr string, e hclsyntax.Expression, depth int) string {
	if depth > 10 {
		return unknownMark
	}
	if s, ok := literal(e); ok {
		return s
	}
	switch e := e.(type) {
	case *hclsyntax.FunctionCallExpr:
		if e.Name == "try" && len(e.Args) > 0 {
			return replacement(p, r, attr, e.Args[0], depth+1)
		}
	case *hclsyntax.ScopeTraversalExpr:
		tr := e.Traversal
		if local, ok := localExpr(p, r, tr); ok {
			return replacement(p, r, attr, local, depth+1)
		}
		if v, ok := variable(p, r, tr); ok && len(tr) == 2 && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
			return v.AsString()
		}
		if v, ok := dataValue(p, r, attr, tr); ok {
			return v
		}
		if tr.RootName() != "data" {
			return standIn(tr)
		}
	}
	return unknownMark
}

// localExpr returns the expression a traversal of a local value stands for:
// local.x, or local.x["key"] of a local that is an object literal.
func localExpr(p *plan.Plan, r *plan.Resource, tr hcl.Traversal) (hclsyntax.Expression, bool) {
	if tr.RootName() != "local" || len(tr) < 2 || len(tr) > 3 {
		return nil, false
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return nil, false
	}
	e, ok := p.LocalExpr(r.ModulePath, name.Name).(hclsyntax.Expression)
	if !ok || len(tr) == 2 {
		return e, ok
	}
	key, ok := tr[2].(hcl.TraverseIndex)
	obj, isObj := e.(*hclsyntax.ObjectConsExpr)
	if !ok || !isObj || key.Key.Type() != cty.String {
		return nil, false
	}
	for _, item := range obj.Items {
		if k, diags := item.KeyExpr.Value(nil); !diags.HasErrors() && k.Type() == cty.String && k.IsKnown() && k.AsString() == key.Key.AsString() {
			return item.ValueExpr, true
		}
	}
	return nil, false
}

// literal returns the value of a string literal expression.
func literal(e hclsyntax.Expression) (string, bool) {
	if len(e.Variables()) > 0 {
		return "", false
	}
	v, diags := e.Value(nil)
	if diags.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
		return "", false
	}
	return v.AsString(), true
}

// withPlaceholders applies the placeholders to a copy of a rebuilt
// document; values that become unknown are dropped, as in a jsonencode
// rebuild.
func withPlaceholders(src Source, subs []placeholder) Source {
	if src.Doc == nil || len(subs) == 0 {
		return src
	}
	repl := func(s string) string {
		for _, ph := range subs {
			s = strings.ReplaceAll(s, ph.old, ph.new)
		}
		return s
	}
	list := func(in []string) []string {
		if in == nil {
			return nil
		}
		out := make([]string, len(in))
		for i, s := range in {
			out[i] = repl(s)
		}
		return out
	}
	principals := func(in []Principal) []Principal {
		if in == nil {
			return nil
		}
		out := make([]Principal, len(in))
		for i, pr := range in {
			out[i] = Principal{Type: pr.Type, ID: repl(pr.ID)}
		}
		return out
	}
	doc := *src.Doc
	doc.Statements = make([]*Statement, len(src.Doc.Statements))
	var unknown []string
	for i, old := range src.Doc.Statements {
		st := *old
		st.Actions, st.NotActions = list(old.Actions), list(old.NotActions)
		st.Resources, st.NotResources = list(old.Resources), list(old.NotResources)
		st.Principals, st.NotPrincipals = principals(old.Principals), principals(old.NotPrincipals)
		st.Conditions = make([]Condition, len(old.Conditions))
		for j, c := range old.Conditions {
			c.Key, c.Values = repl(c.Key), list(c.Values)
			st.Conditions[j] = c
		}
		st.Unknown = maps.Clone(old.Unknown)
		if st.Unknown == nil {
			st.Unknown = map[string]bool{}
		}
		dropMarked(&st)
		for part := range st.Unknown {
			if !old.Unknown[part] {
				unknown = append(unknown, part)
			}
		}
		doc.Statements[i] = &st
	}
	src.Doc = &doc
	if len(unknown) > 0 {
		slices.Sort(unknown)
		src.Partial = true
		if src.Unknown != "" {
			src.Unknown += "; "
		}
		src.Unknown += "the " + strings.Join(slices.Compact(unknown), ", ") + " of some statements come from values replaced in its JSON that are known only after apply"
	}
	return src
}

// ownKey returns each.key or count.index for the instance r: a policy of
// a resource with for_each or count is rebuilt per instance.
func ownKey(r *plan.Resource, tr hcl.Traversal) (cty.Value, bool) {
	if len(tr) != 2 {
		return cty.NilVal, false
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return cty.NilVal, false
	}
	switch k := r.Index.(type) {
	case string:
		if tr.RootName() == "each" && name.Name == "key" {
			return cty.StringVal(k), true
		}
	case int:
		if tr.RootName() == "count" && name.Name == "index" {
			return cty.NumberIntVal(int64(k)), true
		}
	}
	return cty.NilVal, false
}

// isEachValue reports whether a traversal starts with each.value.
func isEachValue(tr hcl.Traversal) bool {
	if tr.RootName() != "each" || len(tr) < 2 {
		return false
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	return ok && name.Name == "value"
}

// eachValue returns each.value for the instance r when r's for_each is
// known at plan time: built only from input variables whose values the
// plan holds (var.buckets, toset(var.names), merge(...)).
func eachValue(p *plan.Plan, r *plan.Resource) (cty.Value, bool) {
	key, ok := r.Index.(string)
	if !ok {
		return cty.NilVal, false
	}
	e, ok := p.SourceExpr(r, "for_each").(hclsyntax.Expression)
	if !ok {
		return cty.NilVal, false
	}
	inputs := map[string]cty.Value{}
	for _, v := range e.Variables() {
		val, ok := variable(p, r, v)
		if !ok {
			return cty.NilVal, false
		}
		inputs[v[1].(hcl.TraverseAttr).Name] = val
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{"var": cty.ObjectVal(inputs)}, Functions: jsonFuncs}
	all, diags := e.Value(ctx)
	if diags.HasErrors() || !all.IsWhollyKnown() || all.IsNull() {
		return cty.NilVal, false
	}
	ty := all.Type()
	switch {
	case ty.IsSetType():
		return cty.StringVal(key), true // over a set, each.value is each.key
	case ty.IsMapType() && all.HasIndex(cty.StringVal(key)).True():
		return all.Index(cty.StringVal(key)), true
	case ty.IsObjectType() && ty.HasAttribute(key):
		return all.GetAttr(key), true
	}
	return cty.NilVal, false
}

// indexedAttrs finds, in an expression, the resources indexed by a
// computed key and the attributes read from them
// (aws_s3_bucket.b[each.key].arn gives "aws_s3_bucket.b": ["arn"]).
// Variables() stops such a traversal at the index.
func indexedAttrs(e hclsyntax.Expression) map[string][]string {
	out := map[string][]string{}
	hclsyntax.VisitAll(e, func(n hclsyntax.Node) hcl.Diagnostics {
		rel, ok := n.(*hclsyntax.RelativeTraversalExpr)
		if !ok || len(rel.Traversal) == 0 {
			return nil
		}
		ix, ok := rel.Source.(*hclsyntax.IndexExpr)
		if !ok {
			return nil
		}
		col, ok := ix.Collection.(*hclsyntax.ScopeTraversalExpr)
		attr, isAttr := rel.Traversal[0].(hcl.TraverseAttr)
		if ok && isAttr {
			ref := plan.TraversalRef(col.Traversal)
			if !slices.Contains(out[ref], attr.Name) {
				out[ref] = append(out[ref], attr.Name)
			}
		}
		return nil
	})
	return out
}

// instanceOf is the value of a resource indexed by the referrer's own key
// (aws_s3_bucket.b[each.key]): at that key, an object whose attributes
// stand for values known only after apply.
func instanceOf(tr hcl.Traversal, key any, attrs []string) (cty.Value, bool) {
	ref := plan.TraversalRef(tr)
	obj := func(k string) cty.Value {
		m := map[string]cty.Value{}
		for _, a := range attrs {
			m[a] = cty.StringVal(deferredValue([]string{ref + k + "." + a}))
		}
		return cty.ObjectVal(m)
	}
	switch k := key.(type) {
	case string:
		return cty.ObjectVal(map[string]cty.Value{k: obj("[" + strconv.Quote(k) + "]")}), true
	case int:
		elems := make([]cty.Value, k+1)
		for i := range elems {
			elems[i] = obj("[" + strconv.Itoa(i) + "]")
		}
		return cty.TupleVal(elems), true
	}
	return cty.NilVal, false
}

// dataValue returns the value of data.TYPE.NAME.ATTR when the plan read the
// data source while planning (aws_caller_identity's account_id, a
// partition, a region): one instance, a known string.
func dataValue(p *plan.Plan, r *plan.Resource, attr string, tr hcl.Traversal) (string, bool) {
	if tr.RootName() != "data" || len(tr) != 4 {
		return "", false
	}
	var names [3]string
	for i, step := range tr[1:] {
		a, ok := step.(hcl.TraverseAttr)
		if !ok {
			return "", false
		}
		names[i] = a.Name
	}
	var found []*plan.Resource
	for _, d := range p.Referenced(r, attr, names[0]) {
		if d.Mode == "data" && d.Name == names[1] {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		return "", false
	}
	v, ok := found[0].Get(names[2]).Str()
	return v, ok && v != ""
}

// valueTree builds the value of one root name from the traversals that use
// it: aws_s3_bucket.b.arn and aws_s3_bucket.b.id make
// {b = {arn = "...", id = "..."}}.
type valueTree struct {
	leaf  cty.Value
	attrs map[string]*valueTree
	elems map[int]*valueTree
}

func (t *valueTree) add(tr hcl.Traversal, leaf string) {
	cur := t
	for _, step := range tr[1:] {
		var next *valueTree
		switch s := step.(type) {
		case hcl.TraverseAttr:
			next = cur.child(s.Name)
		case hcl.TraverseIndex:
			switch {
			case s.Key.Type() == cty.String:
				next = cur.child(s.Key.AsString())
			case s.Key.Type() == cty.Number && s.Key.AsBigFloat().IsInt():
				i, _ := s.Key.AsBigFloat().Int64()
				if cur.elems == nil {
					cur.elems = map[int]*valueTree{}
				}
				if cur.elems[int(i)] == nil {
					cur.elems[int(i)] = &valueTree{}
				}
				next = cur.elems[int(i)]
			}
		}
		if next == nil {
			break
		}
		cur = next
	}
	if cur.attrs == nil && cur.elems == nil {
		cur.leaf = cty.StringVal(leaf)
	}
}

func (t *valueTree) child(name string) *valueTree {
	if t.attrs == nil {
		t.attrs = map[string]*valueTree{}
	}
	if t.attrs[name] == nil {
		t.attrs[name] = &valueTree{}
	}
	return t.attrs[name]
}

func (t *valueTree) value() cty.Value {
	switch {
	case t.elems != nil:
		n := 0
		for i := range t.elems {
			n = max(n, i+1)
		}
		vals := make([]cty.Value, n)
		for i := range vals {
			if e := t.elems[i]; e != nil {
				vals[i] = e.value()
			} else {
				vals[i] = cty.StringVal(unknownMark)
			}
		}
		return cty.TupleVal(vals)
	case t.attrs != nil:
		m := map[string]cty.Value{}
		for k, c := range t.attrs {
			m[k] = c.value()
		}
		return cty.ObjectVal(m)
	case t.leaf != cty.NilVal:
		return t.leaf
	}
	return cty.StringVal(unknownMark)
}

// ctyToGo converts a known cty value to what encoding/json writes as the
// same JSON as Terraform's jsonencode.
func ctyToGo(v cty.Value) any {
	if v.IsNull() {
		return nil
	}
	t := v.Type()
	switch {
	case t == cty.String:
		return v.AsString()
	case t == cty.Bool:
		return v.True()
	case t == cty.Number:
		f, _ := v.AsBigFloat().Float64()
		if v.AsBigFloat().IsInt() {
			i, _ := v.AsBigFloat().Int(new(big.Int))
			return i
		}
		return f
	case t.IsListType() || t.IsSetType() || t.IsTupleType():
		out := []any{}
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			out = append(out, ctyToGo(e))
		}
		return out
	case t.IsMapType() || t.IsObjectType():
		out := map[string]any{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			out[k.AsString()] = ctyToGo(e)
		}
		return out
	}
	return nil
}

// docMark stands for the JSON of an aws_iam_policy_document data source
// while selectDocuments evaluates an expression.
const docMark = "(srmlint: document data.aws_iam_policy_document."

// selectDocuments evaluates the .tf source's expression of a list of policy
// documents with the values of its input variables, each reference to an
// aws_iam_policy_document's json standing for that document. It returns the
// names of the data sources the list holds and the JSON texts written out
// in it; ok is false when the source is not available or the expression
// uses anything else whose value is not known at plan time.
func selectDocuments(d *plan.Resource, attr string) (chosen map[string]bool, texts []string, ok bool) {
	defer func() {
		if recover() != nil {
			chosen, texts, ok = nil, nil, false
		}
	}()
	p := d.Plan()
	expr := p.SourceExpr(d, attr)
	if expr == nil {
		return nil, nil, false
	}
	vars := map[string]cty.Value{}
	docs := map[string]cty.Value{}
	for _, tr := range expr.Variables() {
		switch tr.RootName() {
		case "var":
			v, known := variable(p, d, tr)
			if !known {
				return nil, nil, false
			}
			vars[tr[1].(hcl.TraverseAttr).Name] = v
		case "data":
			if len(tr) < 3 {
				return nil, nil, false
			}
			typ, name := tr[1].(hcl.TraverseAttr).Name, tr[2].(hcl.TraverseAttr).Name
			if typ != "aws_iam_policy_document" {
				return nil, nil, false
			}
			doc := cty.ObjectVal(map[string]cty.Value{"json": cty.StringVal(docMark + name + ")")})
			if len(tr) > 3 {
				if _, indexed := tr[3].(hcl.TraverseIndex); indexed {
					doc = cty.TupleVal([]cty.Value{doc}) // data.x.y[0].json
				}
			}
			docs[name] = doc
		default:
			return nil, nil, false
		}
	}
	ctx := &hcl.EvalContext{
		Variables: map[string]cty.Value{
			"var":  cty.ObjectVal(vars),
			"data": cty.ObjectVal(map[string]cty.Value{"aws_iam_policy_document": cty.ObjectVal(docs)}),
		},
		Functions: documentFuncs,
	}
	val, diags := expr.Value(ctx)
	if diags.HasErrors() || !val.IsWhollyKnown() || val.IsNull() || !(val.Type().IsListType() || val.Type().IsTupleType()) {
		return nil, nil, false
	}
	chosen = map[string]bool{}
	for it := val.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsNull() || e.Type() != cty.String {
			return nil, nil, false
		}
		switch s := e.AsString(); {
		case strings.HasPrefix(s, docMark):
			chosen[strings.TrimSuffix(strings.TrimPrefix(s, docMark), ")")] = true
		case strings.TrimSpace(s) != "":
			texts = append(texts, s)
		}
	}
	return chosen, texts, true
}

// documentFuncs are jsonFuncs plus Terraform's one(), which lists of
// counted data sources use (one(data.x.y[*].json)).
var documentFuncs = func() map[string]function.Function {
	fs := maps.Clone(jsonFuncs)
	fs["one"] = function.New(&function.Spec{
		Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
		Type:   function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			l := args[0]
			if !l.CanIterateElements() {
				return cty.NilVal, fmt.Errorf("one() needs a list")
			}
			switch l.LengthInt() {
			case 0:
				return cty.NullVal(cty.DynamicPseudoType), nil
			case 1:
				return l.Index(cty.NumberIntVal(0)), nil
			}
			return cty.NilVal, fmt.Errorf("one() got more than one element")
		},
	})
	return fs
}()
