// Package plan loads Terraform plan and state JSON (terraform show -json) and
// models it for the rules: one Resource per instance with its values after
// apply, what the plan does to it, and its configuration, plus reference
// resolution through the configuration so that resources can be linked even
// when the linking values are known only after apply.
package plan

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

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
	// Variables are the root module's input variable values (plans only).
	Variables map[string]any

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
		modules:    map[string]*tfjson.ConfigModule{},
		configs:    map[string]*tfjson.ConfigResource{},
	}
}

func buildFromPlan(name string, tp *tfjson.Plan) (*Plan, error) {
	p := newPlan(name, KindPlan)
	p.FormatVersion = tp.FormatVersion
	p.TerraformVersion = tp.TerraformVersion
	if tp.Config != nil && tp.Config.RootModule != nil {
		p.indexConfig("", tp.Config.RootModule)
	}
	secrets := map[string]bool{}
	for _, rc := range tp.ResourceChanges {
		if rc == nil || rc.Change == nil || rc.DeposedKey != "" {
			// Deposed objects are leftovers of an earlier create-before-destroy;
			// the current object carries the configuration.
			continue
		}
		r, err := p.newResource(rc.Address, string(rc.Mode), rc.Type, rc.Name, rc.Index)
		if err != nil {
			return nil, inputErr(name, "resource_changes: %v", err)
		}
		c := rc.Change
		r.Action = actionOf(c.Actions)
		r.Before, _ = c.Before.(map[string]any)
		r.After, _ = c.After.(map[string]any)
		r.AfterUnknown = c.AfterUnknown
		r.AfterSensitive = c.AfterSensitive
		r.BeforeSensitive = c.BeforeSensitive
		if !r.Exists() {
			r.After = nil
		}
		collectSecrets(r.After, r.AfterSensitive, secrets)
		collectSecrets(r.Before, r.BeforeSensitive, secrets)
		if err := p.add(r); err != nil {
			return nil, inputErr(name, "resource_changes: %v", err)
		}
	}
	// Data sources read while planning (aws_iam_policy_document and the like)
	// are only in prior_state; so are resources of older Terraform versions
	// that omitted no-op changes.
	if tp.PriorState != nil && tp.PriorState.Values != nil {
		if err := p.addStateModule(tp.PriorState.Values.RootModule, ActionNone, secrets, true); err != nil {
			return nil, inputErr(name, "prior_state: %v", err)
		}
	}
	if tp.PlannedValues != nil {
		if err := p.addStateModule(tp.PlannedValues.RootModule, ActionNoOp, secrets, true); err != nil {
			return nil, inputErr(name, "planned_values: %v", err)
		}
	}
	p.Variables = map[string]any{}
	for k, v := range tp.Variables {
		if v != nil {
			p.Variables[k] = v.Value
		}
	}
	if tp.Config != nil && tp.Config.RootModule != nil {
		for k, v := range tp.Config.RootModule.Variables {
			if v != nil && v.Sensitive {
				collectSecrets(p.Variables[k], true, secrets)
			}
		}
	}
	p.finish(secrets)
	return p, nil
}

func buildFromState(name string, ts *tfjson.State) (*Plan, error) {
	p := newPlan(name, KindState)
	p.FormatVersion = ts.FormatVersion
	p.TerraformVersion = ts.TerraformVersion
	secrets := map[string]bool{}
	if ts.Values != nil {
		if err := p.addStateModule(ts.Values.RootModule, ActionNone, secrets, false); err != nil {
			return nil, inputErr(name, "values: %v", err)
		}
	}
	p.finish(secrets)
	return p, nil
}

// addStateModule adds the resources of a state module tree. With onlyNew,
// instances already known from resource_changes are skipped.
func (p *Plan) addStateModule(m *tfjson.StateModule, action Action, secrets map[string]bool, onlyNew bool) error {
	if m == nil {
		return nil
	}
	for _, sr := range m.Resources {
		if sr == nil || (onlyNew && p.byAddr[sr.Address] != nil) {
			continue
		}
		if onlyNew && action == ActionNoOp && sr.Mode == tfjson.DataResourceMode {
			continue // planned data sources are in resource_changes or prior_state
		}
		r, err := p.newResource(sr.Address, string(sr.Mode), sr.Type, sr.Name, sr.Index)
		if err != nil {
			return err
		}
		r.Action = action
		r.After = sr.AttributeValues
		if r.After == nil {
			r.After = map[string]any{}
		}
		r.Before = r.After
		if len(sr.SensitiveValues) > 0 {
			var sens any
			if err := json.Unmarshal(sr.SensitiveValues, &sens); err == nil {
				r.AfterSensitive = sens
				r.BeforeSensitive = sens
			}
		}
		collectSecrets(r.After, r.AfterSensitive, secrets)
		if err := p.add(r); err != nil {
			return err
		}
	}
	for _, c := range m.ChildModules {
		if err := p.addStateModule(c, action, secrets, onlyNew); err != nil {
			return err
		}
	}
	return nil
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
	r := &Resource{
		Address:       address,
		Module:        a.ModuleInstance(),
		ModulePath:    a.ModulePath(),
		ConfigAddress: a.ConfigAddress(),
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

func (p *Plan) add(r *Resource) error {
	if p.byAddr[r.Address] != nil {
		return fmt.Errorf("duplicate resource address %s", r.Address)
	}
	p.byAddr[r.Address] = r
	p.Resources = append(p.Resources, r)
	return nil
}

func (p *Plan) finish(secrets map[string]bool) {
	sort.Slice(p.Resources, func(i, j int) bool { return p.Resources[i].Address < p.Resources[j].Address })
	for _, r := range p.Resources {
		p.byType[r.Type] = append(p.byType[r.Type], r)
		p.byConfig[r.ConfigAddress] = append(p.byConfig[r.ConfigAddress], r)
		k := instanceKey{r.ConfigAddress, r.Module}
		p.byInstance[k] = append(p.byInstance[k], r)
	}
	for s := range secrets {
		p.secrets = append(p.secrets, s)
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

// collectSecrets adds the string leaves of v that the sensitivity tree s marks
// sensitive.
func collectSecrets(v any, s any, out map[string]bool) {
	if s == nil || s == false {
		return
	}
	if s == true {
		collectAll(v, out)
		return
	}
	switch v := v.(type) {
	case map[string]any:
		sm, _ := s.(map[string]any)
		for k, x := range v {
			collectSecrets(x, sm[k], out)
		}
	case []any:
		sl, _ := s.([]any)
		for i, x := range v {
			if i < len(sl) {
				collectSecrets(x, sl[i], out)
			}
		}
	}
}

func collectAll(v any, out map[string]bool) {
	switch v := v.(type) {
	case string:
		if len(v) >= minSecretLen {
			out[v] = true
		}
	case map[string]any:
		for _, x := range v {
			collectAll(x, out)
		}
	case []any:
		for _, x := range v {
			collectAll(x, out)
		}
	}
}
