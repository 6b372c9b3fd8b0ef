// Package logfilter parses CloudWatch Logs filter patterns and matches them
// against log events, so that rules can tell what a metric filter counts
// (for example whether it catches every S3 bucket policy change) by running
// sample CloudTrail records through it rather than comparing strings.
//
// It understands the two pattern syntaxes that apply to JSON log events:
//
//   - JSON property patterns: { ($.eventSource = s3.amazonaws.com) &&
//     (($.eventName = PutBucketPolicy) || ($.eventName = "Delete*")) }, with
//     =, !=, <, <=, >, >=, IS TRUE, IS FALSE, IS NULL, NOT EXISTS, quoted or
//     bare values, * wildcards, %regex% values, numbers and array indexes.
//   - Term patterns: PutBucketPolicy "Failed authentication", ?A ?B (any
//     of), -term (none of), and the empty pattern (every event).
//
// Space-delimited patterns ([ip, user, ...]) describe text logs, not
// CloudTrail records, and are reported as unsupported.
package logfilter

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Pattern is a parsed filter pattern.
type Pattern struct {
	json  node   // JSON property pattern; nil for term patterns
	terms []term // term pattern
}

// Parse parses a filter pattern.
func Parse(s string) (*Pattern, error) {
	t := strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(t, "{"):
		if !strings.HasSuffix(t, "}") {
			return nil, fmt.Errorf("JSON pattern %q does not end with }", s)
		}
		p := &parser{src: t[1 : len(t)-1]}
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.pos < len(p.src) {
			return nil, fmt.Errorf("unexpected %q at offset %d of %q", strings.TrimSpace(p.src[p.pos:]), p.pos+1, s)
		}
		return &Pattern{json: n}, nil
	case strings.HasPrefix(t, "["):
		return nil, fmt.Errorf("space-delimited pattern %q does not apply to JSON log events", s)
	}
	terms, err := parseTerms(t)
	if err != nil {
		return nil, err
	}
	return &Pattern{terms: terms}, nil
}

// Match reports whether the pattern matches a JSON log event.
func (p *Pattern) Match(event map[string]any) bool {
	if p.json != nil {
		return p.json.match(event)
	}
	raw, _ := json.Marshal(event)
	text := string(raw)
	anyOf, matchedAny := false, false
	for _, t := range p.terms {
		has := strings.Contains(text, t.text)
		switch t.kind {
		case '-':
			if has {
				return false
			}
		case '?':
			anyOf = true
			matchedAny = matchedAny || has
		default:
			if !has {
				return false
			}
		}
	}
	return !anyOf || matchedAny
}

type node interface{ match(map[string]any) bool }

type andNode []node
type orNode []node

func (n andNode) match(e map[string]any) bool {
	for _, c := range n {
		if !c.match(e) {
			return false
		}
	}
	return true
}

func (n orNode) match(e map[string]any) bool {
	for _, c := range n {
		if c.match(e) {
			return true
		}
	}
	return false
}

// comparison is one "$.path OP value" (or IS/NOT EXISTS test).
type comparison struct {
	path  []string // property names and array indexes
	op    string   // = != < <= > >= true false null notexists
	str   string   // value as written (unquoted)
	num   float64
	isNum bool
	glob  *regexp.Regexp // for = and != on strings
}

func (c *comparison) match(e map[string]any) bool {
	v, ok := lookup(e, c.path)
	switch c.op {
	case "notexists":
		return !ok
	case "null":
		return ok && v == nil
	case "true", "false":
		b, isBool := v.(bool)
		return ok && isBool && b == (c.op == "true")
	}
	if !ok || v == nil {
		return false
	}
	if n, isNum := v.(float64); isNum && c.isNum {
		switch c.op {
		case "=":
			return n == c.num
		case "!=":
			return n != c.num
		case "<":
			return n < c.num
		case "<=":
			return n <= c.num
		case ">":
			return n > c.num
		case ">=":
			return n >= c.num
		}
	}
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case float64:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		s = strconv.FormatBool(v)
	default:
		return false // objects and arrays compare with nothing
	}
	switch c.op {
	case "=":
		return c.glob.MatchString(s)
	case "!=":
		return !c.glob.MatchString(s)
	}
	return false // ordering needs numbers on both sides
}

func lookup(e map[string]any, path []string) (any, bool) {
	var v any = e
	for _, step := range path {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[step]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(step)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

type parser struct {
	src string
	pos int
}

func (p *parser) space() {
	for p.pos < len(p.src) && strings.ContainsRune(" \t\r\n", rune(p.src[p.pos])) {
		p.pos++
	}
}

func (p *parser) eat(tok string) bool {
	p.space()
	if strings.HasPrefix(p.src[p.pos:], tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("filter pattern, offset %d: %s", p.pos+1, fmt.Sprintf(format, args...))
}

// or := and { "||" and }; && binds tighter than ||.
func (p *parser) or() (node, error) {
	var parts orNode
	for {
		n, err := p.and()
		if err != nil {
			return nil, err
		}
		parts = append(parts, n)
		if !p.eat("||") {
			break
		}
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return parts, nil
}

func (p *parser) and() (node, error) {
	var parts andNode
	for {
		n, err := p.primary()
		if err != nil {
			return nil, err
		}
		parts = append(parts, n)
		if !p.eat("&&") {
			break
		}
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return parts, nil
}

func (p *parser) primary() (node, error) {
	if p.eat("(") {
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if !p.eat(")") {
			return nil, p.errorf("missing )")
		}
		return n, nil
	}
	return p.comparison()
}

var pathRe = regexp.MustCompile(`^\$((?:\.[A-Za-z0-9_\-@:]+|\[[0-9]+\])+)`)

func (p *parser) comparison() (node, error) {
	p.space()
	m := pathRe.FindStringSubmatch(p.src[p.pos:])
	if m == nil {
		return nil, p.errorf("expected a property selector such as $.eventName")
	}
	p.pos += len(m[0])
	c := &comparison{path: splitPath(m[1])}
	for _, op := range []string{"!=", "<=", ">=", "=", "<", ">"} {
		if p.eat(op) {
			c.op = op
			return c, p.value(c)
		}
	}
	switch {
	case p.eatWord("NOT") && p.eatWord("EXISTS"):
		c.op = "notexists"
	case p.eatWord("IS"):
		switch {
		case p.eatWord("TRUE"):
			c.op = "true"
		case p.eatWord("FALSE"):
			c.op = "false"
		case p.eatWord("NULL"):
			c.op = "null"
		default:
			return nil, p.errorf("expected TRUE, FALSE or NULL after IS")
		}
	default:
		return nil, p.errorf("expected a comparison operator")
	}
	return c, nil
}

// eatWord consumes a case-insensitive keyword followed by a non-word byte.
func (p *parser) eatWord(w string) bool {
	p.space()
	end := p.pos + len(w)
	if end > len(p.src) || !strings.EqualFold(p.src[p.pos:end], w) {
		return false
	}
	if end < len(p.src) && isWordByte(p.src[end]) {
		return false
	}
	p.pos = end
	return true
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

func splitPath(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '[' }) {
		out = append(out, strings.TrimSuffix(part, "]"))
	}
	return out
}

// value reads the right-hand side: "quoted", %regex%, or a bare token.
func (p *parser) value(c *comparison) error {
	p.space()
	if p.pos >= len(p.src) {
		return p.errorf("missing value")
	}
	switch p.src[p.pos] {
	case '"':
		s, err := p.quoted()
		if err != nil {
			return err
		}
		c.str = s
	case '%':
		end := strings.IndexByte(p.src[p.pos+1:], '%')
		if end < 0 {
			return p.errorf("unterminated %%regex%%")
		}
		re, err := regexp.Compile(p.src[p.pos+1 : p.pos+1+end])
		if err != nil {
			return p.errorf("bad regular expression: %v", err)
		}
		p.pos += end + 2
		c.glob = re
		return nil
	default:
		start := p.pos
		for p.pos < len(p.src) && !strings.ContainsRune(" \t\r\n)&|", rune(p.src[p.pos])) {
			p.pos++
		}
		c.str = p.src[start:p.pos]
		if c.str == "" {
			return p.errorf("missing value")
		}
		if n, err := strconv.ParseFloat(c.str, 64); err == nil {
			c.num, c.isNum = n, true
		}
	}
	c.glob = globRegexp(c.str)
	return nil
}

func (p *parser) quoted() (string, error) {
	var b strings.Builder
	for i := p.pos + 1; i < len(p.src); i++ {
		switch ch := p.src[i]; ch {
		case '\\':
			if i+1 < len(p.src) {
				i++
				b.WriteByte(p.src[i])
			}
		case '"':
			p.pos = i + 1
			return b.String(), nil
		default:
			b.WriteByte(ch)
		}
	}
	return "", p.errorf("unterminated quoted value")
}

// globs caches compiled wildcard values: a large plan repeats the same
// filter patterns in many modules.
var globs sync.Map // string -> *regexp.Regexp

// globRegexp turns a value with * wildcards into an anchored expression.
func globRegexp(s string) *regexp.Regexp {
	if re, ok := globs.Load(s); ok {
		return re.(*regexp.Regexp)
	}
	parts := strings.Split(s, "*")
	for i, part := range parts {
		parts[i] = regexp.QuoteMeta(part)
	}
	re, _ := globs.LoadOrStore(s, regexp.MustCompile("^"+strings.Join(parts, ".*")+"$"))
	return re.(*regexp.Regexp)
}

// term is one word of a term pattern; kind is 0, '?' or '-'.
type term struct {
	kind byte
	text string
}

func parseTerms(s string) ([]term, error) {
	var out []term
	for i := 0; i < len(s); {
		if s[i] == ' ' || s[i] == '\t' {
			i++
			continue
		}
		var t term
		if s[i] == '?' || s[i] == '-' {
			t.kind = s[i]
			i++
		}
		if i < len(s) && s[i] == '"' {
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return nil, fmt.Errorf("filter pattern %q: unterminated quoted term", s)
			}
			t.text = s[i+1 : i+1+end]
			i += end + 2
		} else {
			start := i
			for i < len(s) && s[i] != ' ' && s[i] != '\t' {
				i++
			}
			t.text = s[start:i]
		}
		if t.text == "" {
			return nil, fmt.Errorf("filter pattern %q: empty term", s)
		}
		out = append(out, t)
	}
	return out, nil
}
