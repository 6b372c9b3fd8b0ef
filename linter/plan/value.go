package plan

import (
	"sort"
	"strconv"
	"strings"
)

// Value is a cursor into a resource's attribute values together with the
// matching parts of its after_unknown and after_sensitive trees, so a rule can
// tell "false" from "not set" from "known only after apply".
type Value struct {
	raw       any // the known value; nil when null or unknown
	unknown   any // after_unknown subtree: true, or a map/list of subtrees
	sensitive any // after_sensitive subtree: true, or a map/list of subtrees
	path      string
}

func rootValue(raw, unknown, sensitive any) Value {
	return Value{raw: raw, unknown: unknown, sensitive: sensitive}
}

// Get walks a dotted path of attribute names and list indexes, e.g.
// "versioning_configuration.0.status". A missing step yields a null Value
// (or an unknown one, when an enclosing value is unknown).
func (v Value) Get(path string) Value {
	for _, step := range strings.Split(path, ".") {
		if step == "" {
			continue
		}
		v = v.step(step)
	}
	return v
}

func (v Value) step(s string) Value {
	next := Value{path: joinPath(v.path, s)}
	if v.unknown == true {
		next.unknown = true
	}
	if v.sensitive == true {
		next.sensitive = true
	}
	switch raw := v.raw.(type) {
	case map[string]any:
		next.raw = raw[s]
	case []any:
		if i, err := strconv.Atoi(s); err == nil && i >= 0 && i < len(raw) {
			next.raw = raw[i]
		}
	}
	if next.unknown != true {
		next.unknown = child(v.unknown, s)
	}
	if next.sensitive != true {
		next.sensitive = child(v.sensitive, s)
	}
	return next
}

func child(tree any, s string) any {
	switch t := tree.(type) {
	case map[string]any:
		return t[s]
	case []any:
		if i, err := strconv.Atoi(s); err == nil && i >= 0 && i < len(t) {
			return t[i]
		}
	}
	return nil
}

func joinPath(base, s string) string {
	if base == "" {
		return s
	}
	return base + "." + s
}

// Path is the attribute path of this value, e.g. "rule.0.status".
func (v Value) Path() string { return v.path }

// Unknown reports whether the value is known only after apply.
func (v Value) Unknown() bool { return v.unknown == true }

// Null reports whether the value is known to be null or absent.
func (v Value) Null() bool { return v.raw == nil && v.unknown != true }

// Known reports whether the value is set and known at plan time.
func (v Value) Known() bool { return v.raw != nil && v.unknown != true }

// Sensitive reports whether the plan marks the value (or a parent) sensitive.
func (v Value) Sensitive() bool { return v.sensitive == true }

// Raw returns the known value as decoded from JSON (nil if null or unknown).
func (v Value) Raw() any {
	if v.unknown == true {
		return nil
	}
	return v.raw
}

// Str returns a known string value.
func (v Value) Str() (string, bool) {
	s, ok := v.Raw().(string)
	return s, ok
}

// String returns the string value, or "" when it is not a known string.
func (v Value) String() string {
	s, _ := v.Str()
	return s
}

// Bool returns a known bool value.
func (v Value) Bool() (bool, bool) {
	b, ok := v.Raw().(bool)
	return b, ok
}

// True reports whether the value is known and true.
func (v Value) True() bool {
	b, ok := v.Bool()
	return ok && b
}

// Number returns a known number value.
func (v Value) Number() (float64, bool) {
	switch n := v.Raw().(type) {
	case float64:
		return n, true
	case int:
		return float64(n), true
	}
	return 0, false
}

// List returns the elements of a known list, set or tuple; nil otherwise.
// Elements may themselves be unknown.
func (v Value) List() []Value {
	raw, _ := v.Raw().([]any)
	if raw == nil {
		return nil
	}
	out := make([]Value, len(raw))
	for i := range raw {
		out[i] = v.step(strconv.Itoa(i))
	}
	return out
}

// Keys returns the sorted keys of a known map or object.
func (v Value) Keys() []string {
	raw, _ := v.Raw().(map[string]any)
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Strings returns the known string elements of a list or set value.
func (v Value) Strings() []string {
	var out []string
	for _, e := range v.List() {
		if s, ok := e.Str(); ok {
			out = append(out, s)
		}
	}
	return out
}

// Empty reports whether the value is known to be null, "", an empty list or
// an empty map.
func (v Value) Empty() bool {
	if v.Unknown() {
		return false
	}
	switch r := v.raw.(type) {
	case nil:
		return true
	case string:
		return r == ""
	case []any:
		return len(r) == 0
	case map[string]any:
		return len(r) == 0
	}
	return false
}
