package plan

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"
)

// maxRefDepth bounds how many module boundaries (variables and outputs) a
// reference is followed through; configurations are acyclic, but the plan
// is input we do not trust.
const maxRefDepth = 32

// target is a configuration-level resource a reference leads to, with what is
// known about which instance.
type target struct {
	config  string // config address, e.g. "module.a.aws_s3_bucket.b"
	modInst string // module instance address, when determinable
	modOK   bool
	key     any // the instance key named in the reference
	keyOK   bool
	follow  bool // the key follows the referrer's own each/count key
	// loose targets come from a reference to a whole module
	// (module.m[each.key].out records only "module.m"): any of its outputs.
	loose bool
}

// ownKey stands, in a target's module instance, for the referrer's own
// each.key or count.index: module.m[each.key] is the instance with the
// referrer's key.
const ownKey = "[each]"

// Referenced returns the instances that an attribute of r refers to through
// the configuration (following module variables and outputs), optionally
// filtered to the given resource types. An attribute path walks nested
// blocks ("rule.apply_server_side_encryption_by_default.kms_master_key_id").
//
// Instances are matched to r: inside the same module instance, and, where
// the reference is indexed by each.key or count.index, the instance with
// r's own key.
func (p *Plan) Referenced(r *Resource, attr string, types ...string) []*Resource {
	if r.Config == nil {
		return nil
	}
	refs := r.References(attr)
	if len(refs) == 0 {
		return nil
	}
	rs := resolver{p: p}
	ts := rs.resolve(r.ModulePath, r.Module, true, refs, r.Config.ForEachExpression, r.Config.CountExpression, false, 0)
	// Any output of a whole module may be meant: only when they lead to one
	// resource of the wanted types is it the one.
	var looseConfigs map[string]bool
	for _, t := range ts {
		if t.loose {
			if c := p.byConfig[t.config]; len(c) > 0 && (len(types) == 0 || slices.Contains(types, c[0].Type)) {
				if looseConfigs == nil {
					looseConfigs = map[string]bool{}
				}
				looseConfigs[t.config] = true
			}
		}
	}
	seen := map[*Resource]bool{}
	var out []*Resource
	for _, t := range ts {
		if t.loose && len(looseConfigs) > 1 {
			continue
		}
		for _, inst := range p.pick(t, r) {
			if seen[inst] || (len(types) > 0 && !slices.Contains(types, inst.Type)) {
				continue
			}
			seen[inst] = true
			out = append(out, inst)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out
}

// Linked returns the instances of the given types that attribute attr of r
// points to. Configuration references decide when they lead somewhere (the
// value may be unknown until apply); otherwise, or to narrow several
// candidates, attr's known value is matched against the candidates' fields
// (for example a bucket name against aws_s3_bucket's "bucket" and "id").
func (p *Plan) Linked(r *Resource, attr string, types []string, fields ...string) []*Resource {
	refs := p.Referenced(r, attr, types...)
	val, known := r.Get(attr).Str()
	if !known || val == "" {
		return refs
	}
	byVal := p.FindByValue(types, val, fields...)
	if len(refs) == 0 {
		return byVal
	}
	if len(refs) > 1 && len(byVal) > 0 {
		var both []*Resource
		for _, c := range refs {
			if slices.Contains(byVal, c) {
				both = append(both, c)
			}
		}
		if len(both) > 0 {
			return both
		}
	}
	return refs
}

// FindByValue returns the existing managed instances of the given types
// whose value of any of fields equals val, from an index built once per
// type and field.
func (p *Plan) FindByValue(types []string, val string, fields ...string) []*Resource {
	var out []*Resource
	for _, typ := range types {
		for _, f := range fields {
			for _, c := range p.valueIndex(typ, f)[val] {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out
}

type valueIndexKey struct{ typ, field string }

// valueIndex maps the known string values of one field to the existing
// instances of a type that have them.
func (p *Plan) valueIndex(typ, field string) map[string][]*Resource {
	return p.Memo(valueIndexKey{typ, field}, func() any {
		ix := map[string][]*Resource{}
		for _, c := range p.OfType(typ) {
			if s, ok := c.Get(field).Str(); ok && s != "" {
				ix[s] = append(ix[s], c)
			}
		}
		return ix
	}).(map[string][]*Resource)
}

// pick selects the instances of a target that r refers to.
func (p *Plan) pick(t target, r *Resource) []*Resource {
	var cands []*Resource
	switch {
	case t.modOK && strings.Contains(t.modInst, ownKey):
		if r.Index != nil {
			cands = p.byInstance[instanceKey{t.config, strings.Replace(t.modInst, ownKey, keyString(r.Index), 1)}]
		}
	case t.modOK:
		cands = p.byInstance[instanceKey{t.config, t.modInst}]
	case r.Module != "":
		// Prefer the referrer's own module instance, then its ancestors'.
		for inst := r.Module; ; {
			if cands = p.byInstance[instanceKey{t.config, inst}]; len(cands) > 0 || inst == "" {
				break
			}
			inst, _ = parentInstance(inst, true)
		}
		if len(cands) == 0 {
			cands = p.byConfig[t.config]
		}
	default:
		cands = p.byConfig[t.config]
	}
	switch {
	case t.keyOK:
		cands = filter(cands, func(c *Resource) bool { return c.Index == t.key })
	case t.follow && r.Index != nil:
		if same := filter(cands, func(c *Resource) bool { return c.Index == r.Index }); len(same) > 0 {
			cands = same
		}
	}
	return cands
}

func filter(in []*Resource, keep func(*Resource) bool) []*Resource {
	var out []*Resource
	for _, r := range in {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

// resolver follows the references of one attribute. Configurations share
// values widely (every local of a context module refers to var.context,
// which is module.this.context one level up), so the walk is a graph, not a
// tree: each step is resolved once and its targets reused, else chained
// modules cost exponential time.
type resolver struct {
	p    *Plan
	memo map[resolveKey][]target
}

// resolveKey identifies one step below the attribute's own references. A
// reference list is identified by its backing array: the lists come from
// the plan's configuration and the source's locals, never changed, and
// each belongs to one module and one call, which fix modPath, forEach and
// count.
type resolveKey struct {
	refs        *string
	n           int
	modInst     string
	modOK, iter bool
}

// resolve turns references written in module modPath (instance modInst) into
// resource targets. forEach and count are the expressions that define each.*
// and count.* at this level (the resource's or the module call's); iter says
// that the referrer's own each/count key is in play from an outer level.
// The returned slice may be shared: callers copy before they change targets.
func (rs *resolver) resolve(modPath, modInst string, modOK bool, refs []string, forEach, count *tfjson.Expression, iter bool, depth int) []target {
	if depth > maxRefDepth || len(refs) == 0 {
		return nil
	}
	// The attribute's own references (depth 0) are resolved once anyway;
	// most lead straight to resources, and need no memo.
	k := resolveKey{&refs[0], len(refs), modInst, modOK, iter}
	if depth > 0 {
		if ts, ok := rs.memo[k]; ok {
			return ts // done, or in progress: a cycle leads nowhere more
		}
		if rs.memo == nil {
			rs.memo = map[resolveKey][]target{}
		}
		rs.memo[k] = nil
	}
	p := rs.p
	var out []target
	usesIter := iter
	for _, ref := range refs {
		if strings.HasPrefix(ref, "each.") || strings.HasPrefix(ref, "count.") {
			usesIter = true
		}
	}
	for _, ref := range mostSpecific(refs) {
		steps := refSteps(ref)
		if len(steps) == 0 {
			continue
		}
		switch steps[0].name {
		case "var":
			if len(steps) < 2 || modPath == "" {
				continue // root variables carry values, not references
			}
			parentPath, call := p.moduleCall(modPath)
			if call == nil {
				continue
			}
			e := call.Expressions[steps[1].name]
			if e == nil || e.ExpressionData == nil {
				continue
			}
			pInst, pOK := parentInstance(modInst, modOK)
			out = append(out, rs.resolve(parentPath, pInst, pOK, e.References, call.ForEachExpression, call.CountExpression, false, depth+1)...)
		case "module":
			if len(steps) < 2 {
				continue
			}
			childPath := joinModule(modPath, "module."+steps[1].name)
			child := p.modules[childPath]
			if child == nil {
				continue
			}
			names := []string{}
			if len(steps) >= 3 {
				names = append(names, steps[2].name)
			} else {
				for name := range child.Outputs {
					names = append(names, name)
				}
				sort.Strings(names)
			}
			cInst, cOK := "", false
			if m := p.modules[modPath]; modOK && m != nil {
				call := m.ModuleCalls[steps[1].name]
				switch {
				case steps[1].keyOK:
					cInst, cOK = joinModule(modInst, "module."+steps[1].name+keyString(steps[1].key)), true
				case call == nil:
				case call.CountExpression == nil && call.ForEachExpression == nil && !p.keyedCalls[childPath]:
					cInst, cOK = joinModule(modInst, "module."+steps[1].name), true
				case usesIter:
					cInst, cOK = joinModule(modInst, "module."+steps[1].name+ownKey), true
				}
			}
			for _, name := range names {
				o := child.Outputs[name]
				if o == nil || o.Expression == nil || o.Expression.ExpressionData == nil {
					continue
				}
				before := len(out)
				out = append(out, rs.resolve(childPath, cInst, cOK, o.Expression.References, nil, nil, false, depth+1)...)
				for i := before; i < len(out) && len(steps) < 3; i++ {
					out[i].loose = true
				}
			}
		case "each", "count":
			// each.value.id with for_each = aws_s3_bucket.b: the iterated
			// collection's references, at the referrer's own key.
			// each.value.out with for_each = module.m: output out of the
			// referrer's own instance of module.m.
			iter := forEach
			if steps[0].name == "count" {
				iter = count
			}
			refs := exprRefs(iter)
			if len(refs) == 1 && len(steps) >= 3 && steps[1].name == "value" {
				if it := refSteps(refs[0]); len(it) == 2 && it[0].name == "module" && !it[1].keyOK {
					refs = []string{refs[0] + "." + steps[2].name}
				}
			}
			if len(refs) > 0 {
				before := len(out)
				out = append(out, rs.resolve(modPath, modInst, modOK, refs, nil, nil, true, depth+1)...)
				followOwnKey(out[before:])
			}
		case "local":
			if len(steps) < 2 {
				continue
			}
			// A local is module-wide: each.* and count.* inside it are not
			// the referrer's, but local.m[each.key] still picks the
			// referrer's own key.
			before := len(out)
			out = append(out, rs.resolve(modPath, modInst, modOK, p.locals[modPath][steps[1].name], nil, nil, usesIter, depth+1)...)
			if usesIter {
				followOwnKey(out[before:])
			}
		case "path", "terraform", "self", "data":
			if steps[0].name != "data" || len(steps) < 3 {
				continue
			}
			t := target{config: joinModule(modPath, "data."+steps[1].name+"."+steps[2].name), modInst: modInst, modOK: modOK, key: steps[2].key, keyOK: steps[2].keyOK, follow: usesIter}
			out = append(out, t)
		default:
			if len(steps) < 2 {
				continue
			}
			t := target{config: joinModule(modPath, steps[0].name+"."+steps[1].name), modInst: modInst, modOK: modOK, key: steps[1].key, keyOK: steps[1].keyOK, follow: usesIter}
			out = append(out, t)
		}
	}
	out = uniqueTargets(out)
	if depth > 0 {
		rs.memo[k] = out
	}
	return out
}

// followOwnKey marks the targets that name no key of their own as taking
// the referrer's each/count key.
func followOwnKey(ts []target) {
	for i := range ts {
		if !ts[i].keyOK {
			ts[i].follow = true
		}
	}
}

// uniqueTargets drops repeated targets in place, keeping the first of each:
// many paths through shared locals lead to the same resource. Most lists
// are short, and a scan costs less than a map.
func uniqueTargets(ts []target) []target {
	if len(ts) > 32 {
		seen := make(map[target]bool, len(ts))
		return slices.Clip(slices.DeleteFunc(ts, func(t target) bool {
			dup := seen[t]
			seen[t] = true
			return dup
		}))
	}
	out := ts[:0]
	for _, t := range ts {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return slices.Clip(out)
}

// moduleCall returns the call of the module at modPath (nil for the root or
// when the configuration lacks it) and the path of the module that makes it.
func (p *Plan) moduleCall(modPath string) (parentPath string, call *tfjson.ModuleCall) {
	if modPath == "" {
		return "", nil
	}
	parentPath, callName := splitModulePath(modPath)
	if parent := p.modules[parentPath]; parent != nil {
		call = parent.ModuleCalls[callName]
	}
	return parentPath, call
}

// exprRefs returns an expression's references (nil-safe).
func exprRefs(e *tfjson.Expression) []string {
	if e == nil || e.ExpressionData == nil {
		return nil
	}
	return e.References
}

// parentInstance drops the last module step of a module instance address.
func parentInstance(inst string, ok bool) (string, bool) {
	if !ok {
		return "", false
	}
	a, err := ParseAddress(joinModule(inst, "x.y"))
	if err != nil || len(a.Modules) == 0 {
		return "", false
	}
	a.Modules = a.Modules[:len(a.Modules)-1]
	return a.ModuleInstance(), true
}

func splitModulePath(path string) (parent, call string) {
	i := strings.LastIndex(path, "module.")
	parent = strings.TrimSuffix(path[:i], ".")
	return parent, path[i+len("module."):]
}

// mostSpecific drops references that are a prefix of another one in the same
// list: Terraform lists "aws_s3_bucket.b[\"k\"].id", "aws_s3_bucket.b[\"k\"]"
// and "aws_s3_bucket.b" for one reference; the first says the most.
func mostSpecific(refs []string) []string {
	out := make([]string, 0, len(refs))
	for i, r := range refs {
		covered := false
		for j, o := range refs {
			if i != j && len(o) > len(r) && strings.HasPrefix(o, r) && (o[len(r)] == '.' || o[len(r)] == '[') {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, r)
		}
	}
	return out
}

type refStep struct {
	name  string
	key   any
	keyOK bool
}

// refSteps splits a reference such as `module.m["a"].out` or
// `aws_s3_bucket.b[0].id` into name steps with optional keys.
func refSteps(ref string) []refStep {
	t := &addrScanner{s: ref}
	var out []refStep
	for t.i < len(ref) {
		name, err := t.ident()
		if err != nil {
			return out
		}
		s := refStep{name: name}
		if t.i < len(ref) && ref[t.i] == '[' {
			k, err := t.key()
			if err != nil {
				// a non-literal index, e.g. [count.index]: stop here
				out = append(out, s)
				return out
			}
			s.key, s.keyOK = k, true
		}
		out = append(out, s)
		if t.i < len(ref) && ref[t.i] != '.' {
			return out
		}
		t.i++
	}
	return out
}

// knownAtPlan reports whether the configuration expression of an attribute
// path of r has a value Terraform knows while planning: it refers only to
// input variables (followed through module calls), local values (read from
// the .tf source), each.key, count.index, path and terraform, never to a
// resource, data source or module output. Such an attribute that the plan
// shows as known only after apply was set to null (var.x with a null
// default, cond ? "x" : null), and the provider computes it. An expression
// without references is not judged: uuid() and timestamp() are unknown too.
func (p *Plan) knownAtPlan(r *Resource, path string) bool {
	exprs := r.Expr(path)
	if len(exprs) == 0 {
		return false
	}
	sc := staticChecker{p: p}
	for _, e := range exprs {
		if len(exprRefs(e)) == 0 || !sc.static(r.ModulePath, exprRefs(e), r.Config.ForEachExpression, 0) {
			return false
		}
	}
	return true
}

// staticChecker answers knownAtPlan for one attribute, each reference list
// once (see resolver: the walk is a graph).
type staticChecker struct {
	p    *Plan
	memo map[staticKey]bool
}

type staticKey struct {
	modPath string
	refs    *string
	n       int
	forEach *tfjson.Expression
}

func (sc *staticChecker) static(modPath string, refs []string, forEach *tfjson.Expression, depth int) bool {
	if depth > maxRefDepth {
		return false
	}
	if len(refs) == 0 {
		return true
	}
	if depth == 0 {
		return sc.walk(modPath, refs, forEach, depth) // the attribute's own: once
	}
	k := staticKey{modPath, &refs[0], len(refs), forEach}
	if v, ok := sc.memo[k]; ok {
		return v // in progress reads false: a cycle is never known
	}
	if sc.memo == nil {
		sc.memo = map[staticKey]bool{}
	}
	sc.memo[k] = false
	v := sc.walk(modPath, refs, forEach, depth)
	sc.memo[k] = v
	return v
}

func (sc *staticChecker) walk(modPath string, refs []string, forEach *tfjson.Expression, depth int) bool {
	p := sc.p
	for _, ref := range mostSpecific(refs) {
		steps := refSteps(ref)
		if len(steps) < 2 {
			return false
		}
		switch steps[0].name {
		case "path", "terraform", "count":
		case "each":
			if steps[1].name == "value" && !sc.static(modPath, exprRefs(forEach), nil, depth+1) {
				return false
			}
		case "var":
			if modPath == "" {
				continue // root variables are known while planning
			}
			parentPath, call := p.moduleCall(modPath)
			if call == nil {
				return false
			}
			e := call.Expressions[steps[1].name]
			if e == nil || e.ExpressionData == nil {
				continue // the variable's default, a constant
			}
			if !sc.static(parentPath, e.References, call.ForEachExpression, depth+1) {
				return false
			}
		case "local":
			refs, ok := p.locals[modPath][steps[1].name]
			if !ok || !sc.static(modPath, refs, nil, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// TraversalRef renders a traversal as the plan's configuration writes a
// reference: names joined by dots, literal keys in brackets
// (module.m["a"].out, aws_vpc.this[0].id). It stops at a splat or a
// key that is not a string or a whole number.
func TraversalRef(tr hcl.Traversal) string {
	var sb strings.Builder
	for _, step := range tr {
		switch st := step.(type) {
		case hcl.TraverseRoot:
			sb.WriteString(st.Name)
		case hcl.TraverseAttr:
			sb.WriteString("." + st.Name)
		case hcl.TraverseIndex:
			k := st.Key
			switch {
			case !k.IsKnown() || k.IsNull():
				return sb.String()
			case k.Type() == cty.String:
				sb.WriteString("[" + strconv.Quote(k.AsString()) + "]")
			case k.Type() == cty.Number && k.AsBigFloat().IsInt():
				sb.WriteString("[" + k.AsBigFloat().Text('f', 0) + "]")
			default:
				return sb.String()
			}
		default:
			return sb.String()
		}
	}
	return sb.String()
}
