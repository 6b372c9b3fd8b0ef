// Package policy parses and evaluates AWS IAM policy documents (identity
// policies, resource policies such as bucket and key policies, and trust
// policies) as Terraform plans carry them: as JSON strings, or as
// aws_iam_policy_document data sources whose JSON is known only after apply.
package policy

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Effects.
const (
	Allow = "Allow"
	Deny  = "Deny"
)

// Document is a normalised policy document.
type Document struct {
	Version    string // "" when missing
	ID         string
	Statements []*Statement
}

// Statement is one normalised statement. Single strings are turned into
// one-element lists; absent fields are nil, so "Action absent" and
// "Action: []" can be told apart where it matters.
type Statement struct {
	Index  int // position in the document
	Sid    string
	Effect string

	Principals    []Principal // from Principal
	NotPrincipals []Principal // from NotPrincipal
	HasPrincipal  bool        // the Principal key is present
	HasNotPrinc   bool        // the NotPrincipal key is present

	Actions      []string
	NotActions   []string
	Resources    []string
	NotResources []string
	Conditions   []Condition

	// Unknown names the parts known only after apply ("principal",
	// "action", "resource", "condition"), for documents rebuilt from an
	// aws_iam_policy_document whose values are partly unknown.
	Unknown map[string]bool
}

// Principal is one entry of a Principal or NotPrincipal element: "*" (type
// "*"), or a type (AWS, Service, Federated, CanonicalUser) and an ID.
type Principal struct {
	Type string
	ID   string
}

// Everyone reports whether the principal matches every caller: "*" or
// {"AWS": "*"} (and likewise for any other type given "*").
func (p Principal) Everyone() bool { return p.Type == "*" || p.ID == "*" }

func (p Principal) String() string {
	if p.Type == "*" {
		return "*"
	}
	return p.Type + ":" + p.ID
}

// Condition is one key of one operator block:
// "StringEquals": {"aws:SourceAccount": ["123"]}.
type Condition struct {
	Operator string   // as written, e.g. "ForAnyValue:StringLikeIfExists"
	Base     string   // without qualifiers, e.g. "StringLike"
	Set      string   // "ForAllValues", "ForAnyValue" or ""
	IfExists bool     // the operator ends in IfExists
	Key      string   // condition key as written
	Values   []string // values rendered as strings ("true", "123")
	Unknown  bool     // values known only after apply, and possibly anything
	// KeyUnknown is set (with Unknown) when only the key is known only
	// after apply: the operator and every value are known.
	KeyUnknown bool
	// Deferred lists the resource attributes that the values come from when
	// they are known only after apply but are specific (an ARN, an account
	// ID), never a wildcard.
	Deferred []string
}

// ParseError describes a document that is not a valid policy.
type ParseError struct {
	Reason string
}

func (e *ParseError) Error() string { return "invalid policy: " + e.Reason }

func perr(format string, args ...any) error {
	return &ParseError{Reason: fmt.Sprintf(format, args...)}
}

var (
	docKeys  = []string{"Version", "Id", "Statement"}
	stmtKeys = []string{"Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"}
)

// Parse parses a policy JSON document. It rejects malformed JSON, values
// of the wrong type, unknown or duplicate keys (in any letter case), and
// statements without Effect or without Action/NotAction.
func Parse(text string) (*Document, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return nil, perr("malformed JSON: %v", err)
	}
	if dec.More() {
		return nil, perr("malformed JSON: data after the document")
	}
	// encoding/json keeps the last of two equal keys, while AWS rejects the
	// document, so silently reading one of them could hide a grant.
	if k, dup := plan.DuplicateKey([]byte(text)); dup {
		return nil, perr("duplicate key %q", k)
	}
	obj, ok := raw.(map[string]any)
	if !ok {
		return nil, perr("the document must be a JSON object, not %s", typeName(raw))
	}
	if err := checkKeys(obj, docKeys, "policy"); err != nil {
		return nil, err
	}
	d := &Document{}
	if v, ok := obj["Version"]; ok {
		s, ok := v.(string)
		if !ok {
			return nil, perr("Version must be a string, not %s", typeName(v))
		}
		d.Version = s
	}
	if v, ok := obj["Id"]; ok {
		s, ok := v.(string)
		if !ok {
			return nil, perr("Id must be a string, not %s", typeName(v))
		}
		d.ID = s
	}
	sv, ok := obj["Statement"]
	if !ok {
		return nil, perr("no Statement")
	}
	var stmts []any
	switch s := sv.(type) {
	case []any:
		stmts = s
	case map[string]any:
		stmts = []any{s}
	default:
		return nil, perr("Statement must be an object or a list of objects, not %s", typeName(sv))
	}
	for i, s := range stmts {
		m, ok := s.(map[string]any)
		if !ok {
			return nil, perr("Statement[%d] must be an object, not %s", i, typeName(s))
		}
		st, err := parseStatement(i, m)
		if err != nil {
			return nil, err
		}
		d.Statements = append(d.Statements, st)
	}
	return d, nil
}

func parseStatement(i int, m map[string]any) (*Statement, error) {
	where := fmt.Sprintf("Statement[%d]", i)
	if err := checkKeys(m, stmtKeys, where); err != nil {
		return nil, err
	}
	st := &Statement{Index: i}
	var err error
	if v, ok := m["Sid"]; ok {
		s, ok := v.(string)
		if !ok {
			return nil, perr("%s.Sid must be a string, not %s", where, typeName(v))
		}
		st.Sid = s
	}
	switch e := m["Effect"].(type) {
	case string:
		if e != Allow && e != Deny {
			return nil, perr("%s.Effect must be \"Allow\" or \"Deny\", not %q", where, e)
		}
		st.Effect = e
	case nil:
		return nil, perr("%s has no Effect", where)
	default:
		return nil, perr("%s.Effect must be a string, not %s", where, typeName(e))
	}
	if v, ok := m["Principal"]; ok {
		st.HasPrincipal = true
		if st.Principals, err = parsePrincipal(v, where+".Principal"); err != nil {
			return nil, err
		}
	}
	if v, ok := m["NotPrincipal"]; ok {
		st.HasNotPrinc = true
		if st.NotPrincipals, err = parsePrincipal(v, where+".NotPrincipal"); err != nil {
			return nil, err
		}
	}
	if st.HasPrincipal && st.HasNotPrinc {
		return nil, perr("%s has both Principal and NotPrincipal", where)
	}
	for _, f := range []struct {
		key string
		dst *[]string
	}{{"Action", &st.Actions}, {"NotAction", &st.NotActions}, {"Resource", &st.Resources}, {"NotResource", &st.NotResources}} {
		v, ok := m[f.key]
		if !ok {
			continue
		}
		if *f.dst, err = stringList(v, where+"."+f.key); err != nil {
			return nil, err
		}
		if *f.dst == nil {
			*f.dst = []string{}
		}
	}
	_, hasA := m["Action"]
	_, hasNA := m["NotAction"]
	switch {
	case hasA && hasNA:
		return nil, perr("%s has both Action and NotAction", where)
	case !hasA && !hasNA:
		return nil, perr("%s has neither Action nor NotAction", where)
	}
	if _, ok := m["Resource"]; ok {
		if _, ok := m["NotResource"]; ok {
			return nil, perr("%s has both Resource and NotResource", where)
		}
	}
	if v, ok := m["Condition"]; ok {
		if st.Conditions, err = parseConditions(v, where+".Condition"); err != nil {
			return nil, err
		}
	}
	return st, nil
}

func parsePrincipal(v any, where string) ([]Principal, error) {
	switch p := v.(type) {
	case string:
		if p != "*" {
			return nil, perr("%s must be \"*\" or an object such as {\"AWS\": ...}, not %q", where, p)
		}
		return []Principal{{Type: "*", ID: "*"}}, nil
	case map[string]any:
		var out []Principal
		for _, typ := range sortedKeys(p) {
			switch typ {
			case "AWS", "Service", "Federated", "CanonicalUser":
			default:
				return nil, perr("%s has unknown principal type %q (want AWS, Service, Federated or CanonicalUser)", where, typ)
			}
			ids, err := stringList(p[typ], where+"."+typ)
			if err != nil {
				return nil, err
			}
			for _, id := range ids {
				out = append(out, Principal{Type: typ, ID: id})
			}
		}
		return out, nil
	}
	return nil, perr("%s must be \"*\" or an object, not %s", where, typeName(v))
}

func parseConditions(v any, where string) ([]Condition, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, perr("%s must be an object, not %s", where, typeName(v))
	}
	var out []Condition
	for _, op := range sortedKeys(m) {
		keys, ok := m[op].(map[string]any)
		if !ok {
			return nil, perr("%s.%s must be an object of condition keys, not %s", where, op, typeName(m[op]))
		}
		for _, k := range sortedKeys(keys) {
			vals, err := conditionValues(keys[k], where+"."+op+"."+k)
			if err != nil {
				return nil, err
			}
			out = append(out, NewCondition(op, k, vals))
		}
	}
	return out, nil
}

// NewCondition builds a condition from an operator as written.
func NewCondition(op, key string, values []string) Condition {
	c := Condition{Operator: op, Key: key, Values: values}
	base := op
	if set, rest, ok := strings.Cut(base, ":"); ok {
		c.Set, base = set, rest
	}
	if strings.HasSuffix(base, "IfExists") {
		c.IfExists = true
		base = strings.TrimSuffix(base, "IfExists")
	}
	c.Base = base
	return c
}

func conditionValues(v any, where string) ([]string, error) {
	switch x := v.(type) {
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, err := scalar(e, where)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	default:
		s, err := scalar(v, where)
		if err != nil {
			return nil, err
		}
		return []string{s}, nil
	}
}

func scalar(v any, where string) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case bool:
		if x {
			return "true", nil
		}
		return "false", nil
	case json.Number:
		return x.String(), nil
	case float64:
		return fmt.Sprint(x), nil
	}
	return "", perr("%s must be a string, number or boolean, not %s", where, typeName(v))
}

// stringList accepts a string or a list of strings.
func stringList(v any, where string) ([]string, error) {
	switch x := v.(type) {
	case string:
		return []string{x}, nil
	case []any:
		var out []string
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, perr("%s[%d] must be a string, not %s", where, i, typeName(e))
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, perr("%s must be a string or a list of strings, not %s", where, typeName(v))
}

func checkKeys(m map[string]any, allowed []string, where string) error {
	for _, k := range sortedKeys(m) {
		ok := false
		for _, a := range allowed {
			if k == a {
				ok = true
				break
			}
		}
		if !ok {
			for _, a := range allowed {
				if strings.EqualFold(k, a) {
					return perr("%s has key %q; policy element names are case-sensitive, use %q", where, k, a)
				}
			}
			return perr("%s has unknown key %q (allowed: %s)", where, k, strings.Join(allowed, ", "))
		}
	}
	return nil
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
