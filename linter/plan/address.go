package plan

import (
	"fmt"
	"strconv"
	"strings"
)

// Address is a parsed resource instance address such as
// module.net["a"].aws_s3_bucket.logs[0].
type Address struct {
	Modules []Step // module calls from the root, outermost first
	Mode    string // "managed" or "data"
	Type    string
	Name    string
	Key     any // nil, int or string
}

// Step is one module call in an address, with its instance key.
type Step struct {
	Name string
	Key  any // nil, int or string
}

// ParseAddress parses an absolute resource instance address as it appears in
// plan JSON (`address` of resource_changes and state resources).
func ParseAddress(s string) (Address, error) {
	var a Address
	t := &addrScanner{s: s}
	for {
		word, err := t.ident()
		if err != nil {
			return a, fmt.Errorf("address %q: %w", s, err)
		}
		if word == "module" {
			if err := t.dot(); err != nil {
				return a, fmt.Errorf("address %q: %w", s, err)
			}
			name, err := t.ident()
			if err != nil {
				return a, fmt.Errorf("address %q: %w", s, err)
			}
			key, err := t.key()
			if err != nil {
				return a, fmt.Errorf("address %q: %w", s, err)
			}
			a.Modules = append(a.Modules, Step{name, key})
			if err := t.dot(); err != nil {
				return a, fmt.Errorf("address %q: %w", s, err)
			}
			continue
		}
		a.Mode = "managed"
		if word == "data" {
			a.Mode = "data"
			if err := t.dot(); err != nil {
				return a, fmt.Errorf("address %q: %w", s, err)
			}
			if word, err = t.ident(); err != nil {
				return a, fmt.Errorf("address %q: %w", s, err)
			}
		}
		a.Type = word
		if err := t.dot(); err != nil {
			return a, fmt.Errorf("address %q: %w", s, err)
		}
		if a.Name, err = t.ident(); err != nil {
			return a, fmt.Errorf("address %q: %w", s, err)
		}
		if a.Key, err = t.key(); err != nil {
			return a, fmt.Errorf("address %q: %w", s, err)
		}
		if t.i != len(s) {
			return a, fmt.Errorf("address %q: unexpected %q", s, s[t.i:])
		}
		return a, nil
	}
}

// ModulePath is the module part without instance keys: "module.a.module.b",
// or "" for the root module. It addresses the module's configuration.
func (a Address) ModulePath() string {
	var b strings.Builder
	for i, m := range a.Modules {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString("module.")
		b.WriteString(m.Name)
	}
	return b.String()
}

// ModuleInstance is the module part with instance keys: `module.a["x"]`.
func (a Address) ModuleInstance() string {
	var b strings.Builder
	for i, m := range a.Modules {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString("module.")
		b.WriteString(m.Name)
		b.WriteString(keyString(m.Key))
	}
	return b.String()
}

// Local is the resource part relative to its module, without the instance
// key: "aws_s3_bucket.b" or "data.aws_iam_policy_document.d".
func (a Address) Local() string {
	if a.Mode == "data" {
		return "data." + a.Type + "." + a.Name
	}
	return a.Type + "." + a.Name
}

// ConfigAddress is the address of the resource's configuration block:
// module path and local address, without any instance keys.
func (a Address) ConfigAddress() string {
	return joinModule(a.ModulePath(), a.Local())
}

func joinModule(mod, local string) string {
	if mod == "" {
		return local
	}
	return mod + "." + local
}

// keyString renders an instance key as Terraform does: [0] or ["k"].
func keyString(k any) string {
	switch k := k.(type) {
	case nil:
		return ""
	case int:
		return "[" + strconv.Itoa(k) + "]"
	case string:
		return "[" + strconv.Quote(k) + "]"
	}
	return fmt.Sprintf("[%v]", k)
}

// normKey turns a JSON-decoded instance key (float64 or string) into int or string.
func normKey(k any) any {
	switch k := k.(type) {
	case float64:
		return int(k)
	case int:
		return k
	case string:
		return k
	}
	return nil
}

type addrScanner struct {
	s string
	i int
}

func (t *addrScanner) ident() (string, error) {
	start := t.i
	for t.i < len(t.s) {
		c := t.s[t.i]
		if c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			t.i++
			continue
		}
		break
	}
	if t.i == start {
		if t.i == len(t.s) {
			return "", fmt.Errorf("unexpected end")
		}
		return "", fmt.Errorf("unexpected %q at offset %d", t.s[t.i], t.i)
	}
	return t.s[start:t.i], nil
}

func (t *addrScanner) dot() error {
	if t.i >= len(t.s) || t.s[t.i] != '.' {
		if t.i >= len(t.s) {
			return fmt.Errorf("unexpected end, want '.'")
		}
		return fmt.Errorf("want '.' at offset %d", t.i)
	}
	t.i++
	return nil
}

// key parses an optional [N] or ["k"] instance key.
func (t *addrScanner) key() (any, error) {
	if t.i >= len(t.s) || t.s[t.i] != '[' {
		return nil, nil
	}
	t.i++
	if t.i < len(t.s) && t.s[t.i] == '"' {
		// A quoted Go/HCL-style string; find its end honouring escapes.
		j := t.i + 1
		for j < len(t.s) && t.s[j] != '"' {
			if t.s[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(t.s) {
			return nil, fmt.Errorf("unterminated key")
		}
		k, err := strconv.Unquote(t.s[t.i : j+1])
		if err != nil {
			return nil, fmt.Errorf("bad key %s", t.s[t.i:j+1])
		}
		t.i = j + 1
		if t.i >= len(t.s) || t.s[t.i] != ']' {
			return nil, fmt.Errorf("want ']' at offset %d", t.i)
		}
		t.i++
		return k, nil
	}
	j := strings.IndexByte(t.s[t.i:], ']')
	if j < 0 {
		return nil, fmt.Errorf("unterminated key")
	}
	n, err := strconv.Atoi(t.s[t.i : t.i+j])
	if err != nil {
		return nil, fmt.Errorf("bad key %q", t.s[t.i:t.i+j])
	}
	t.i += j + 1
	return n, nil
}
