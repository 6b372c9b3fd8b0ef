// Package plan loads Terraform plan and state JSON (terraform show -json) and
// models it for the rules: one Resource per instance with its values after
// apply, what the plan does to it, and its configuration, plus reference
// resolution through the configuration so that resources can be linked even
// when the linking values are known only after apply.
package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	tfjson "github.com/hashicorp/terraform-json"
)

// Plan is the model of one plan or state input.
type Plan struct {
	Name             string // the input as the user named it ("-" for stdin)
	Kind             Kind
	FormatVersion    string
	TerraformVersion string
	ConvertedWith    string // the CLI that converted a binary plan, if any

	// Resources holds every instance, managed and data, sorted by address.
	Resources []*Resource

	byAddr   map[string]*Resource
	byType   map[string][]*Resource
	byConfig map[string][]*Resource
	// byInstance indexes instances by config address and module instance,
	// so that following a reference costs the same however many instances
	// a module has.
	byInstance map[instanceKey][]*Resource
	modules    map[string]*tfjson.ConfigModule // config module path -> module
	configs    map[string]*tfjson.ConfigResource
	secrets    []string // sensitive string values, longest first, for Redact
	locals     map[string]map[string][]string
	exprs      func(configAddr, attr string) hcl.Expression
	localExprs func(modPath, name string) hcl.Expression
	// keyedCalls holds the module paths whose instances have keys (count
	// or for_each), from the instance addresses: the configuration's
	// module_calls may omit for_each_expression.
	keyedCalls map[string]bool
	providers  map[string]*tfjson.ProviderConfig
	rootVars   map[string]json.RawMessage // the values of the root module's variables
	interned   map[string]string          // see intern; nil once built

	memoMu sync.Mutex
	memo   map[any]*memoEntry
}

type instanceKey struct {
	config, module string
}

type memoEntry struct {
	once sync.Once
	v    any
}

// SetLocals tells reference resolution what each local value refers to, by
// module path and name (see source.Index.Locals): the plan JSON omits
// locals, so only the .tf source can say where local.vpc_id leads. Call
// it before any rule runs.
func (p *Plan) SetLocals(locals map[string]map[string][]string) { p.locals = locals }

// DefaultTags returns the default_tags of the provider configuration that
// r uses, as the plan's configuration shows them: constants, or one root
// module variable. known is false when they are set some other way.
func (p *Plan) DefaultTags(r *Resource) (tags map[string]string, known bool) {
	if r.Config == nil {
		return nil, false
	}
	pc := p.providers[r.Config.ProviderConfigKey]
	if pc == nil || pc.Expressions["default_tags"] == nil {
		return nil, true
	}
	for _, blk := range pc.Expressions["default_tags"].NestedBlocks {
		e := blk["tags"]
		if e == nil || e.ExpressionData == nil {
			continue
		}
		var raw any
		if e.ConstantValue != tfjson.UnknownConstantValue {
			raw = e.ConstantValue
		}
		if refs := mostSpecific(e.References); raw == nil && len(refs) == 1 && strings.HasPrefix(refs[0], "var.") && pc.ModuleAddress == "" {
			if json.Unmarshal(p.rootVars[strings.TrimPrefix(refs[0], "var.")], &raw) != nil {
				return nil, false
			}
		}
		m, ok := raw.(map[string]any)
		if !ok {
			return nil, false
		}
		for k, v := range m {
			if str, ok := v.(string); ok {
				if tags == nil {
					tags = map[string]string{}
				}
				tags[k] = str
			}
		}
	}
	return tags, true
}

// RootVariable returns the JSON value of an input variable of the root
// module, as the plan records it.
func (p *Plan) RootVariable(name string) (json.RawMessage, bool) {
	v, ok := p.rootVars[name]
	return v, ok && len(v) > 0
}

// ModuleVariable returns the value of input variable name in the module
// at modPath (not the root) when the configuration shows it as a constant:
// the module call passes a literal, or passes nothing and the variable has
// a default.
func (p *Plan) ModuleVariable(modPath, name string) (any, bool) {
	_, call := p.moduleCall(modPath)
	if call == nil {
		return nil, false
	}
	if e := call.Expressions[name]; e != nil && e.ExpressionData != nil {
		if e.ConstantValue == nil || e.ConstantValue == tfjson.UnknownConstantValue || len(e.References) > 0 {
			return nil, false
		}
		return e.ConstantValue, true
	}
	child := p.modules[modPath]
	if child == nil || child.Variables[name] == nil {
		return nil, false
	}
	return child.Variables[name].Default, true
}

// SetExprs gives the plan access to the .tf source's expressions of
// resource attributes (see source.Index.AttrExpr), which say more than the
// plan JSON's references: how a policy passed to jsonencode is built.
func (p *Plan) SetExprs(f func(configAddr, attr string) hcl.Expression) { p.exprs = f }

// SetLocalExprs gives the plan the .tf expressions of local values, by
// module path and name, so that policies built through locals can be read.
func (p *Plan) SetLocalExprs(f func(modPath, name string) hcl.Expression) { p.localExprs = f }

// LocalExpr returns the .tf expression of a local value of a module ("" for
// the root), or nil when the source is not available.
func (p *Plan) LocalExpr(modPath, name string) hcl.Expression {
	if p.localExprs == nil {
		return nil
	}
	return p.localExprs(modPath, name)
}

// SourceExpr returns the .tf expression of a top-level attribute of r, or
// nil when the source is not available.
func (p *Plan) SourceExpr(r *Resource, attr string) hcl.Expression {
	if p.exprs == nil {
		return nil
	}
	return p.exprs(r.ConfigAddress, attr)
}

// Memo computes f once per key and plan and returns its result; rules use it
// to share derived views (such as every bucket with its split resources).
// Safe for concurrent use.
func (p *Plan) Memo(key any, f func() any) any {
	p.memoMu.Lock()
	if p.memo == nil {
		p.memo = map[any]*memoEntry{}
	}
	e := p.memo[key]
	if e == nil {
		e = &memoEntry{}
		p.memo[key] = e
	}
	p.memoMu.Unlock()
	e.once.Do(func() { e.v = f() })
	return e.v
}

// DropMemo forgets what Memo computed, so that its memory can be reused
// once no rule runs any more; Memo recomputes on demand.
func (p *Plan) DropMemo() {
	p.memoMu.Lock()
	p.memo = nil
	p.memoMu.Unlock()
}

// Lookup returns the instance with the given absolute address.
func (p *Plan) Lookup(addr string) *Resource { return p.byAddr[addr] }

// OfType returns the managed instances of a resource type that exist after
// apply, sorted by address.
func (p *Plan) OfType(typ string) []*Resource {
	var out []*Resource
	for _, r := range p.byType[typ] {
		if r.Mode == "managed" && r.Exists() {
			out = append(out, r)
		}
	}
	return out
}

// AllOfType returns every managed instance of a type, including those the
// plan deletes.
func (p *Plan) AllOfType(typ string) []*Resource {
	var out []*Resource
	for _, r := range p.byType[typ] {
		if r.Mode == "managed" {
			out = append(out, r)
		}
	}
	return out
}

// DataOfType returns the data source instances of a type.
func (p *Plan) DataOfType(typ string) []*Resource {
	var out []*Resource
	for _, r := range p.byType[typ] {
		if r.Mode == "data" {
			out = append(out, r)
		}
	}
	return out
}

// Instances returns every instance of a configuration block, e.g. all
// instances of "module.a.aws_s3_bucket.b".
func (p *Plan) Instances(configAddr string) []*Resource { return p.byConfig[configAddr] }

// Module returns the configuration of a module by its path ("" = root).
func (p *Plan) Module(path string) *tfjson.ConfigModule { return p.modules[path] }

// Redact replaces every value the plan marks sensitive in s with
// "(sensitive)". Rules call it through the engine on every message, so a
// secret can never reach any report.
func (p *Plan) Redact(s string) string {
	for _, v := range p.secrets {
		if strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, "(sensitive)")
		}
	}
	return s
}

func newPlan(name string, kind Kind) *Plan {
	return &Plan{
		Name:       name,
		Kind:       kind,
		byAddr:     map[string]*Resource{},
		byType:     map[string][]*Resource{},
		byConfig:   map[string][]*Resource{},
		byInstance: map[instanceKey][]*Resource{},
		keyedCalls: map[string]bool{},
		modules:    map[string]*tfjson.ConfigModule{},
		configs:    map[string]*tfjson.ConfigResource{},
	}
}

// fragments are the raw JSON values of some members of an object.
type fragments struct {
	keys []string
	vals [8][]byte
}

// fields reads the members keys (at most 8) of an object fragment in one
// pass (absent members are nil).
func fields(obj []byte, keys ...string) fragments {
	f := fragments{keys: keys}
	eachMember(obj, func(k, v []byte) bool {
		for i, key := range keys {
			if keyEquals(k, key) {
				f.vals[i] = v
				break
			}
		}
		return true
	})
	return f
}

func (f fragments) get(key string) []byte {
	for i, k := range f.keys {
		if k == key {
			return f.vals[i]
		}
	}
	return nil
}

// builder turns a validated plan or state document into the model, reading
// values in place.
type builder struct {
	p       *Plan
	data    []byte
	offset  int64 // bytes before data in the input
	secrets secrets
}

// badType reports a value of the wrong type with its byte offset.
func (b *builder) badType(frag []byte, what, want string) error {
	return inputErr(b.p.Name, "invalid %s JSON at byte %d: %s must be %s", b.p.Kind, b.offset+int64(cap(b.data)-cap(frag)), what, want)
}

// str reads an optional string member.
func (b *builder) str(f fragments, key, where string) (string, error) {
	v := f.get(key)
	if isNull(v) {
		return "", nil
	}
	s, ok := stringValue(v)
	if !ok {
		return "", b.badType(v, where+"."+key, "a string")
	}
	return s, nil
}

func (b *builder) object(frag []byte, what string) error {
	if !isNull(frag) && frag[0] != '{' {
		return b.badType(frag, what, "an object")
	}
	return nil
}

func buildFromPlan(name string, data []byte, offset int64) (*Plan, error) {
	p := newPlan(name, KindPlan)
	b := &builder{p: p, data: data, offset: offset, secrets: newSecrets()}
	top := fields(data, "format_version", "terraform_version", "configuration", "resource_changes", "prior_state", "planned_values", "variables")
	var err error
	if p.FormatVersion, err = b.str(top, "format_version", "plan"); err != nil {
		return nil, err
	}
	if p.TerraformVersion, err = b.str(top, "terraform_version", "plan"); err != nil {
		return nil, err
	}
	if cfg := top.get("configuration"); !isNull(cfg) {
		var c tfjson.Config
		if err := json.Unmarshal(cfg, &c); err != nil {
			return nil, decodeErr(name, err, cfg, offset+int64(cap(data)-cap(cfg)))
		}
		if c.RootModule != nil {
			p.indexConfig("", c.RootModule)
		}
		p.providers = c.ProviderConfigs
	}
	// Copied before the resources are read, which reuse the plan text.
	p.rootVars = map[string]json.RawMessage{}
	eachMember(top.get("variables"), func(k, v []byte) bool {
		p.rootVars[unescape(k)] = append(json.RawMessage(nil), member(v, "value")...)
		return true
	})
	changes := top.get("resource_changes")
	if !isNull(changes) && changes[0] != '[' {
		return nil, b.badType(changes, "resource_changes", "a list")
	}
	var ferr error
	eachElem(changes, func(i int, rc []byte) bool {
		ferr = b.change(fmt.Sprintf("resource_changes[%d]", i), rc)
		return ferr == nil
	})
	if ferr != nil {
		return nil, ferr
	}
	// Data sources read while planning (aws_iam_policy_document and the like)
	// are only in prior_state; so are resources of older Terraform versions
	// that omitted no-op changes.
	if err := b.object(top.get("prior_state"), "prior_state"); err != nil {
		return nil, err
	}
	prior := member(member(top.get("prior_state"), "values"), "root_module")
	if err := b.stateModule("prior_state", prior, ActionNone, true); err != nil {
		return nil, err
	}
	if err := b.object(top.get("planned_values"), "planned_values"); err != nil {
		return nil, err
	}
	if err := b.stateModule("planned_values", member(top.get("planned_values"), "root_module"), ActionNoOp, true); err != nil {
		return nil, err
	}
	// Sensitive input variables are in plain text in the plan.
	if err := b.object(top.get("variables"), "variables"); err != nil {
		return nil, err
	}
	if root := p.modules[""]; root != nil {
		eachMember(top.get("variables"), func(k, v []byte) bool {
			if cv := root.Variables[unescape(k)]; cv != nil && cv.Sensitive {
				b.secrets.collect(member(v, "value"), []byte("true"))
			}
			return true
		})
	}
	p.finish(b.secrets)
	return p, nil
}

func buildFromState(name string, data []byte, offset int64) (*Plan, error) {
	p := newPlan(name, KindState)
	b := &builder{p: p, data: data, offset: offset, secrets: newSecrets()}
	top := fields(data, "format_version", "terraform_version", "values")
	var err error
	if p.FormatVersion, err = b.str(top, "format_version", "state"); err != nil {
		return nil, err
	}
	if p.TerraformVersion, err = b.str(top, "terraform_version", "state"); err != nil {
		return nil, err
	}
	if err := b.object(top.get("values"), "values"); err != nil {
		return nil, err
	}
	if err := b.stateModule("values", member(top.get("values"), "root_module"), ActionNone, false); err != nil {
		return nil, err
	}
	p.finish(b.secrets)
	return p, nil
}

// change adds one element of resource_changes.
func (b *builder) change(where string, rc []byte) error {
	if rc[0] != '{' {
		return b.badType(rc, where, "an object")
	}
	f := fields(rc, "address", "mode", "type", "name", "index", "deposed", "change")
	if deposed, err := b.str(f, "deposed", where); err != nil || deposed != "" {
		// Deposed objects are leftovers of an earlier create-before-destroy;
		// the current object carries the configuration.
		return err
	}
	ch := f.get("change")
	if isNull(ch) {
		return nil
	}
	if ch[0] != '{' {
		return b.badType(ch, where+".change", "an object")
	}
	r, err := b.resource(where, f)
	if err != nil {
		return err
	}
	cf := fields(ch, "actions", "before", "after", "after_unknown", "after_sensitive", "before_sensitive")
	var actions tfjson.Actions
	if a := cf.get("actions"); !isNull(a) {
		ok := a[0] == '['
		eachElem(a, func(_ int, v []byte) bool {
			s, isStr := stringValue(v)
			ok = ok && isStr
			actions = append(actions, tfjson.Action(s))
			return ok
		})
		if !ok {
			return b.badType(a, where+".change.actions", "a list of strings")
		}
	}
	r.Action = actionOf(actions)
	for key, dst := range map[string]*[]byte{
		"before": &r.before, "after": &r.after, "after_unknown": &r.afterUnknown,
		"after_sensitive": &r.afterSensitive, "before_sensitive": &r.beforeSensitive,
	} {
		v := cf.get(key)
		if !isNull(v) && v[0] != '{' && (key == "before" || key == "after") {
			return b.badType(v, where+".change."+key, "an object")
		}
		*dst = v
	}
	if !r.Exists() {
		r.after = nil
	}
	b.secrets.collect(r.after, r.afterSensitive)
	b.secrets.collect(r.before, r.beforeSensitive)
	return b.p.add(r, where)
}

// resource makes a Resource from the identifying members of a resource
// change or state resource.
func (b *builder) resource(where string, f fragments) (*Resource, error) {
	var id [4]string
	for i, key := range []string{"address", "mode", "type", "name"} {
		s, err := b.str(f, key, where)
		if err != nil {
			return nil, err
		}
		id[i] = s
	}
	var index any
	if v := f.get("index"); !isNull(v) {
		if n, ok := numberValue(v); ok {
			index = int(n)
		} else if s, ok := stringValue(v); ok {
			index = s
		} else {
			return nil, b.badType(v, where+".index", "a number or a string")
		}
	}
	r, err := b.p.newResource(id[0], id[1], id[2], id[3], index)
	if err != nil {
		return nil, inputErr(b.p.Name, "%s: %v", where, err)
	}
	return r, nil
}

// stateModule adds the resources of a state module tree (prior_state,
// planned_values or a state's values). With onlyNew, instances already
// known from resource_changes are skipped.
func (b *builder) stateModule(where string, m []byte, action Action, onlyNew bool) error {
	if isNull(m) {
		return nil
	}
	if m[0] != '{' {
		return b.badType(m, where, "an object")
	}
	f := fields(m, "resources", "child_modules")
	var err error
	eachElem(f.get("resources"), func(i int, sr []byte) bool {
		w := fmt.Sprintf("%s.resources[%d]", where, i)
		if sr[0] != '{' {
			err = b.badType(sr, w, "an object")
			return false
		}
		rf := fields(sr, "address", "mode", "type", "name", "index", "values", "sensitive_values")
		var addr, mode string
		for _, key := range []string{"type", "name"} {
			if _, err = b.str(rf, key, w); err != nil {
				return false
			}
		}
		if addr, err = b.str(rf, "address", w); err != nil {
			return false
		}
		if mode, err = b.str(rf, "mode", w); err != nil {
			return false
		}
		if onlyNew && b.p.byAddr[addr] != nil {
			return true
		}
		if onlyNew && action == ActionNoOp && mode == "data" {
			return true // planned data sources are in resource_changes or prior_state
		}
		var r *Resource
		if r, err = b.resource(w, rf); err != nil {
			return false
		}
		r.Action = action
		r.after = rf.get("values")
		if isNull(r.after) {
			r.after = []byte("{}")
		}
		r.before = r.after
		r.afterSensitive = rf.get("sensitive_values")
		r.beforeSensitive = r.afterSensitive
		b.secrets.collect(r.after, r.afterSensitive)
		err = b.p.add(r, w)
		return err == nil
	})
	if err != nil {
		return err
	}
	eachElem(f.get("child_modules"), func(i int, c []byte) bool {
		err = b.stateModule(fmt.Sprintf("%s.child_modules[%d]", where, i), c, action, onlyNew)
		return err == nil
	})
	return err
}

func (p *Plan) newResource(address, mode, typ, name string, index any) (*Resource, error) {
	a, err := ParseAddress(address)
	if err != nil {
		return nil, err
	}
	if mode == "" {
		mode = a.Mode
	}
	if mode != "managed" && mode != "data" {
		return nil, fmt.Errorf("%s: unknown mode %q", address, mode)
	}
	if typ == "" {
		typ = a.Type
	}
	if name == "" {
		name = a.Name
	}
	if a.Type != typ || a.Name != name || a.Mode != mode {
		return nil, fmt.Errorf("%s: address does not match type %q, name %q, mode %q", address, typ, name, mode)
	}
	path := ""
	for _, m := range a.Modules {
		path = joinModule(path, "module."+m.Name)
		if m.Key != nil {
			p.keyedCalls[path] = true
		}
	}
	// Large plans hold thousands of instances per configuration block: the
	// module instance is shared with the address's bytes and the paths
	// without keys are stored once.
	module := a.ModuleInstance()
	if strings.HasPrefix(address, module) {
		module = address[:len(module)]
	}
	r := &Resource{
		Address:       address,
		Module:        module,
		ModulePath:    p.intern(a.ModulePath()),
		ConfigAddress: p.intern(a.ConfigAddress()),
		Mode:          mode,
		Type:          typ,
		Name:          name,
		Index:         normKey(index),
		plan:          p,
	}
	if r.Index == nil {
		r.Index = a.Key
	}
	r.Config = p.configs[r.ConfigAddress]
	return r, nil
}

// intern returns one copy of each distinct string while the plan is built.
func (p *Plan) intern(s string) string {
	if v, ok := p.interned[s]; ok {
		return v
	}
	if p.interned == nil {
		p.interned = map[string]string{}
	}
	p.interned[s] = s
	return s
}

func (p *Plan) add(r *Resource, where string) error {
	if p.byAddr[r.Address] != nil {
		return inputErr(p.Name, "%s: duplicate resource address %s", where, r.Address)
	}
	p.byAddr[r.Address] = r
	p.Resources = append(p.Resources, r)
	return nil
}

// compact copies the values the model keeps (before, after and their
// unknown and sensitive markers) out of the input buffer into one buffer of
// their own, so that the rest of the input (planned_values, prior_state,
// the configuration's JSON) can be freed: a plan's model then costs less
// memory than the plan file.
func (p *Plan) compact() {
	frags := func(r *Resource) [5]*[]byte {
		return [5]*[]byte{&r.before, &r.after, &r.afterUnknown, &r.afterSensitive, &r.beforeSensitive}
	}
	// sameAs finds an earlier fragment of the resource that f is: a
	// state's before and after are one fragment, and stay one.
	sameAs := func(fs [5]*[]byte, i int) int {
		f := *fs[i]
		for j, g := range fs[:i] {
			if len(*g) == len(f) && &(*g)[0] == &f[0] {
				return j
			}
		}
		return -1
	}
	size := 0
	for _, r := range p.Resources {
		// Most markers mark nothing ({"tags":{}}, [false]): without a true
		// anywhere they say what their absence says.
		for _, m := range []*[]byte{&r.afterUnknown, &r.afterSensitive, &r.beforeSensitive} {
			if !bytes.Contains(*m, []byte("true")) {
				*m = nil
			}
		}
		fs := frags(r)
		for i, f := range fs {
			if len(*f) > 0 && sameAs(fs, i) < 0 {
				size += len(*f)
			}
		}
	}
	buf := make([]byte, 0, size)
	for _, r := range p.Resources {
		fs := frags(r)
		var same [5]int
		for i, f := range fs {
			same[i] = -1
			if len(*f) > 0 {
				same[i] = sameAs(fs, i) // before anything moves
			}
		}
		for i, f := range fs {
			switch {
			case len(*f) == 0:
			case same[i] >= 0:
				*f = *fs[same[i]]
			default:
				start := len(buf)
				buf = append(buf, *f...)
				*f = buf[start:len(buf):len(buf)]
			}
		}
	}
}

func (p *Plan) finish(secrets secrets) {
	p.interned = nil
	p.compact()
	if len(secrets.inBlocks) > 0 {
		for _, r := range p.Resources {
			secrets.shown(r.after, r.afterSensitive)
			secrets.shown(r.before, r.beforeSensitive)
		}
	}
	sort.Slice(p.Resources, func(i, j int) bool { return p.Resources[i].Address < p.Resources[j].Address })
	for _, r := range p.Resources {
		p.byType[r.Type] = append(p.byType[r.Type], r)
		p.byConfig[r.ConfigAddress] = append(p.byConfig[r.ConfigAddress], r)
		k := instanceKey{r.ConfigAddress, r.Module}
		p.byInstance[k] = append(p.byInstance[k], r)
	}
	for _, set := range []map[string]bool{secrets.marked, secrets.inBlocks} {
		for s := range set {
			p.secrets = append(p.secrets, s)
		}
	}
	// Longest first, so that a secret containing another is replaced whole.
	sort.Slice(p.secrets, func(i, j int) bool {
		if len(p.secrets[i]) != len(p.secrets[j]) {
			return len(p.secrets[i]) > len(p.secrets[j])
		}
		return p.secrets[i] < p.secrets[j]
	})
}

func (p *Plan) indexConfig(path string, m *tfjson.ConfigModule) {
	p.modules[path] = m
	for _, cr := range m.Resources {
		if cr != nil {
			p.configs[joinModule(path, cr.Address)] = cr
		}
	}
	for name, call := range m.ModuleCalls {
		if call != nil && call.Module != nil {
			p.indexConfig(joinModule(path, "module."+name), call.Module)
		}
	}
}

// minSecretLen keeps redaction from mangling messages over trivial values
// such as a sensitive "true" or "1"; such values carry no secret.
const minSecretLen = 4

// secrets are the sensitive strings of a plan, for Redact.
type secrets struct {
	// marked are strings the plan marks sensitive themselves (a password
	// attribute, a sensitive variable).
	marked map[string]bool
	// inBlocks are the strings of nested blocks and objects marked
	// sensitive as a whole: Terraform marks a whole set element when one of
	// its attributes is sensitive (a CloudFront origin with a secret custom
	// header), so most of these strings (the origin's ID, "https-only") are
	// not secret. Those the plan shows unmarked elsewhere are dropped.
	inBlocks map[string]bool
}

func newSecrets() secrets {
	return secrets{marked: map[string]bool{}, inBlocks: map[string]bool{}}
}

// collect adds the string leaves of the value fragment v that the
// sensitivity fragment s marks sensitive.
func (sec secrets) collect(v, s []byte) {
	if !bytes.Contains(s, []byte("true")) {
		return // nothing marked (and certainly nothing when absent)
	}
	if isTrue(s) {
		if len(v) > 0 && v[0] == '"' {
			collectAll(v, sec.marked)
		} else {
			collectAll(v, sec.inBlocks)
		}
		return
	}
	switch {
	case len(v) > 0 && v[0] == '{':
		eachMember(s, func(k, sub []byte) bool {
			sec.collect(member(v, unescape(k)), sub)
			return true
		})
	case len(v) > 0 && v[0] == '[':
		eachElem(s, func(i int, sub []byte) bool {
			sec.collect(elem(v, i), sub)
			return true
		})
	}
}

// shown drops from inBlocks the string leaves of v that s does not mark.
func (sec secrets) shown(v, s []byte) {
	if len(v) == 0 || isTrue(s) {
		return
	}
	switch v[0] {
	case '"':
		str, _ := stringValue(v)
		delete(sec.inBlocks, str)
	case '{':
		eachMember(v, func(k, x []byte) bool {
			sec.shown(x, member(s, unescape(k)))
			return true
		})
	case '[':
		eachElem(v, func(i int, x []byte) bool {
			sec.shown(x, elem(s, i))
			return true
		})
	}
}

func collectAll(v []byte, out map[string]bool) {
	if len(v) == 0 {
		return
	}
	switch v[0] {
	case '"':
		if s, _ := stringValue(v); len(s) >= minSecretLen {
			out[s] = true
		}
	case '{':
		eachMember(v, func(_, x []byte) bool {
			collectAll(x, out)
			return true
		})
	case '[':
		eachElem(v, func(_ int, x []byte) bool {
			collectAll(x, out)
			return true
		})
	}
}
