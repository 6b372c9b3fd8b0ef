package plan

import (
	"sort"
	"strconv"
	"strings"
)

// Value is a cursor into a resource's attribute values together with the
// matching parts of its after_unknown and after_sensitive trees, so a rule can
// tell "false" from "not set" from "known only after apply". It reads the
// plan's raw JSON on demand (see raw.go).
type Value struct {
	raw       []byte // the value's JSON; nil when absent (null and unknown values too)
	unknown   []byte // after_unknown subtree: true, or an object/array of subtrees
	sensitive []byte // after_sensitive subtree: true, or an object/array of subtrees
	path      string
}

func rootValue(raw, unknown, sensitive []byte) Value {
	return Value{raw: raw, unknown: unknown, sensitive: sensitive}
}

// Get walks a dotted path of attribute names and list indexes, e.g.
// "versioning_configuration.0.status". A missing step yields a null Value
// (or an unknown one, when an enclosing value is unknown).
func (v Value) Get(path string) Value {
	base := v.path
	for rest := path; rest != ""; {
		var step string
		step, rest, _ = strings.Cut(rest, ".")
		if step != "" {
			v = v.descend(step)
		}
	}
	v.path = joinPath(base, path)
	return v
}

// Member steps into one map key or attribute, which may contain dots (a
// tag key such as "kubernetes.io/role"), where Get would split it.
func (v Value) Member(key string) Value {
	next := v.descend(key)
	next.path = joinPath(v.path, key)
	return next
}

// descend is step without the path, which Get sets once.
func (v Value) descend(s string) Value {
	next := Value{raw: child(v.raw, s)}
	if isTrue(v.unknown) {
		next.unknown = v.unknown
	} else {
		next.unknown = child(v.unknown, s)
	}
	if isTrue(v.sensitive) {
		next.sensitive = v.sensitive
	} else {
		next.sensitive = child(v.sensitive, s)
	}
	return next
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
func (v Value) Unknown() bool { return isTrue(v.unknown) }

// Null reports whether the value is known to be null or absent.
func (v Value) Null() bool { return isNull(v.raw) && !v.Unknown() }

// Known reports whether the value is set and known at plan time.
func (v Value) Known() bool { return !isNull(v.raw) && !v.Unknown() }

// Sensitive reports whether the plan marks the value (or a parent) sensitive.
func (v Value) Sensitive() bool { return isTrue(v.sensitive) }

// known returns the raw JSON of a known value, or nil.
func (v Value) known() []byte {
	if v.Unknown() || isNull(v.raw) {
		return nil
	}
	return v.raw
}

// Raw returns the known value as encoding/json decodes it (nil if null or
// unknown), for display.
func (v Value) Raw() any { return decode(v.known()) }

// Str returns a known string value.
func (v Value) Str() (string, bool) { return stringValue(v.known()) }

// String returns the string value, or "" when it is not a known string.
func (v Value) String() string {
	s, _ := v.Str()
	return s
}

// Bool returns a known bool value.
func (v Value) Bool() (bool, bool) {
	switch string(v.known()) {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	return false, false
}

// True reports whether the value is known and true.
func (v Value) True() bool {
	b, ok := v.Bool()
	return ok && b
}

// Number returns a known number value.
func (v Value) Number() (float64, bool) { return numberValue(v.known()) }

// List returns the elements of a known list, set or tuple; nil otherwise.
// Elements may themselves be unknown.
func (v Value) List() []Value {
	raw := v.known()
	if len(raw) == 0 || raw[0] != '[' {
		return nil
	}
	out := []Value{}
	eachElem(raw, func(i int, _ []byte) bool {
		out = append(out, v.Member(strconv.Itoa(i)))
		return true
	})
	return out
}

// Keys returns the sorted keys of a known map or object.
func (v Value) Keys() []string {
	keys := []string{}
	eachMember(v.known(), func(k, _ []byte) bool {
		keys = append(keys, unescape(k))
		return true
	})
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
	raw := v.raw
	if isNull(raw) {
		return true
	}
	switch raw[0] {
	case '"':
		return len(raw) == 2
	case '[', '{':
		return len(skipInside(raw)) == 0
	}
	return false
}

// skipInside returns the content between the brackets of an array or
// object fragment, without blanks.
func skipInside(frag []byte) []byte {
	i := skipWS(frag, 1)
	j := len(frag) - 1
	if i >= j {
		return nil
	}
	return frag[i:j]
}
