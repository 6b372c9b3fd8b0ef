package plan

import (
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
)

// Action summarises what the plan does to a resource instance.
type Action string

// Actions, as srmlint reports them. Replace covers both create-before-destroy
// and destroy-before-create.
const (
	ActionNone    Action = "none" // state input, or a data source read at refresh
	ActionNoOp    Action = "no-op"
	ActionCreate  Action = "create"
	ActionRead    Action = "read"
	ActionUpdate  Action = "update"
	ActionDelete  Action = "delete"
	ActionReplace Action = "replace"
	ActionForget  Action = "forget" // removed from state, object kept
)

func actionOf(a tfjson.Actions) Action {
	switch {
	case a.Replace():
		return ActionReplace
	case a.Create():
		return ActionCreate
	case a.Delete():
		return ActionDelete
	case a.Update():
		return ActionUpdate
	case a.Read():
		return ActionRead
	case a.NoOp():
		return ActionNoOp
	case a.Forget():
		return ActionForget
	}
	return ActionNone
}

// Resource is one resource instance of the plan (or state): its values after
// apply, what the plan does to it, and its configuration block.
type Resource struct {
	Address       string // absolute instance address
	Module        string // module instance address, "" for the root module
	ModulePath    string // module address without instance keys
	ConfigAddress string // module path + local address, no keys
	Mode          string // "managed" or "data"
	Type          string
	Name          string
	Index         any // nil, int or string
	Action        Action

	// The raw JSON of the values before and after the change and of their
	// unknown and sensitive markers; for state input and refreshed data
	// sources before and after are the current values. after is nil when
	// the instance is deleted. Read them through Value and BeforeValue.
	before, after   []byte
	afterUnknown    []byte
	afterSensitive  []byte
	beforeSensitive []byte

	// Config is the resource's configuration block (nil for state input).
	Config *tfjson.ConfigResource

	plan *Plan
}

// Plan returns the plan the resource belongs to.
func (r *Resource) Plan() *Plan { return r.plan }

// Exists reports whether the instance exists after apply (it is not being
// deleted or forgotten).
func (r *Resource) Exists() bool {
	return r.Action != ActionDelete && r.Action != ActionForget
}

// Creates reports whether apply creates the object (create or replace).
func (r *Resource) Creates() bool {
	return r.Action == ActionCreate || r.Action == ActionReplace
}

// Value is the root of the instance's values after apply (before, when it
// is being deleted).
func (r *Resource) Value() Value {
	if !r.Exists() {
		return rootValue(r.before, nil, r.beforeSensitive)
	}
	return rootValue(r.after, r.afterUnknown, r.afterSensitive)
}

// Get returns the value at a dotted attribute path (see Value.Get).
func (r *Resource) Get(path string) Value {
	return r.Value().Get(path)
}

// Setting is Get for an argument the configuration may set: when the value
// is unknown only because the provider computes it (the configuration does
// not set the argument, e.g. aws_s3_bucket.acl in AWS provider 6), it is
// reported as null, i.e. "left to the provider's default", rather than as
// "known only after apply". So is an argument whose expression Terraform
// knows while planning (see knownAtPlan): it evaluated to null. Without
// configuration (state input) it is Get.
func (r *Resource) Setting(path string) Value {
	v := r.Get(path)
	if v.Unknown() && r.Config != nil {
		if top, _, _ := strings.Cut(path, "."); !r.Configured(top) && !r.InDynamicBlock(path) || r.plan.knownAtPlan(r, path) {
			return Value{path: v.Path()}
		}
	}
	return v
}

// InDynamicBlock reports whether path lies in a nested block that the
// planned value has but the configuration does not show: a dynamic block,
// which terraform show -json leaves out of the configuration. An unknown
// value there may be set by the block's content.
func (r *Resource) InDynamicBlock(path string) bool {
	if r.Config == nil {
		return false
	}
	steps := splitDots(path)
	for i := 1; i < len(steps); i++ {
		if _, index := atoi(steps[i-1]); index {
			continue
		}
		if len(exprsAt(r.Config.Expressions, steps[:i])) == 0 {
			return len(r.Get(strings.Join(steps[:i], ".")).List()) > 0
		}
	}
	return false
}

// BeforeValue is the root of the instance's values before the change.
func (r *Resource) BeforeValue() Value {
	return rootValue(r.before, nil, r.beforeSensitive)
}

// Expr returns the configuration expression of an attribute path of
// r, where nested blocks are walked through all their instances
// ("rule.apply_server_side_encryption_by_default.kms_master_key_id"). It
// returns every matching expression (one per nested block instance).
func (r *Resource) Expr(path string) []*tfjson.Expression {
	if r.Config == nil {
		return nil
	}
	return exprsAt(r.Config.Expressions, splitDots(path))
}

func exprsAt(m map[string]*tfjson.Expression, steps []string) []*tfjson.Expression {
	if len(steps) == 0 || m == nil {
		return nil
	}
	e := m[steps[0]]
	if e == nil || e.ExpressionData == nil {
		return nil
	}
	if len(steps) == 1 {
		return []*tfjson.Expression{e}
	}
	rest := steps[1:]
	// numeric steps index nested blocks; otherwise search every block
	if i, ok := atoi(rest[0]); ok {
		if i < len(e.NestedBlocks) {
			return exprsAt(e.NestedBlocks[i], rest[1:])
		}
		return nil
	}
	var out []*tfjson.Expression
	for _, blk := range e.NestedBlocks {
		out = append(out, exprsAt(blk, rest)...)
	}
	return out
}

// References returns the configuration references of an attribute path, such
// as ["aws_s3_bucket.b.id", "aws_s3_bucket.b"].
func (r *Resource) References(path string) []string {
	var out []string
	for _, e := range r.Expr(path) {
		out = append(out, e.References...)
	}
	return out
}

// ConstantValue returns the attribute's constant value from configuration,
// when the configuration sets it to a literal.
func (r *Resource) ConstantValue(path string) (any, bool) {
	for _, e := range r.Expr(path) {
		if e.ConstantValue != nil && e.ConstantValue != tfjson.UnknownConstantValue {
			return e.ConstantValue, true
		}
	}
	return nil, false
}

// Configured reports whether the configuration sets the attribute (to a
// constant or an expression), as opposed to leaving it to the provider's
// default.
func (r *Resource) Configured(path string) bool {
	return len(r.Expr(path)) > 0
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
