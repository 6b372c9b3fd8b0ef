package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// maxDepth bounds JSON nesting. Plans nest a few dozen levels; deeper input
// is hostile, and rejecting it keeps every later recursive walk bounded.
const maxDepth = 1000

// scanError is a structural problem in the input JSON at a byte offset.
type scanError struct {
	offset    int
	msg       string
	truncated bool
	dupKey    string // the key an object repeats, for that error
}

func (e *scanError) Error() string { return e.msg }

// scanner validates JSON in one pass without building values, and rejects
// what encoding/json silently accepts but a security gate must not:
// duplicate object keys (the last one wins in encoding/json, so a second
// "resource_changes" could hide the first) and excessive nesting. It also
// returns the top-level keys, to tell a plan from a state.
type scanner struct {
	data []byte
	i    int
	// keys holds, per depth, the keys of the object being scanned; the
	// slices are reused, so small objects cost no allocation.
	keys [][][]byte
	sets []map[string]bool // per depth, for objects with many keys
	top  []string
	// formatVersion is the raw JSON value of the top-level format_version.
	formatVersion []byte
}

// scanJSON checks data and returns its top-level object keys and the raw
// value of its top-level format_version (nil when absent).
func scanJSON(data []byte) (keys []string, formatVersion []byte, err error) {
	s := &scanner{data: data}
	s.ws()
	if err := s.value(0); err != nil {
		return nil, nil, err
	}
	s.ws()
	if s.i < len(s.data) {
		return nil, nil, s.errf("unexpected %s after the top-level value", s.describe())
	}
	return s.top, s.formatVersion, nil
}

// DuplicateKey returns the first key that an object of the JSON text has
// twice (compared after unescaping), if any. Text that is not valid JSON
// has none.
func DuplicateKey(text []byte) (string, bool) {
	_, _, err := scanJSON(text)
	if se, ok := err.(*scanError); ok && se.dupKey != "" {
		return se.dupKey, true
	}
	return "", false
}

func (s *scanner) errf(format string, args ...any) *scanError {
	return &scanError{offset: s.i, msg: fmt.Sprintf(format, args...)}
}

func (s *scanner) eof() *scanError {
	return &scanError{offset: len(s.data), msg: "unexpected end of input", truncated: true}
}

func (s *scanner) describe() string {
	if s.i >= len(s.data) {
		return "end of input"
	}
	return fmt.Sprintf("character %q", s.data[s.i])
}

func (s *scanner) ws() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) value(depth int) error {
	if depth > maxDepth {
		return s.errf("nested more than %d levels deep", maxDepth)
	}
	if s.i >= len(s.data) {
		return s.eof()
	}
	switch c := s.data[s.i]; {
	case c == '{':
		return s.object(depth)
	case c == '[':
		return s.array(depth)
	case c == '"':
		_, err := s.str()
		return err
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return s.errf("invalid %s looking for a value", s.describe())
}

func (s *scanner) object(depth int) error {
	s.i++ // {
	for len(s.keys) <= depth {
		s.keys = append(s.keys, nil)
	}
	s.keys[depth] = s.keys[depth][:0]
	var set map[string]bool // in use once the object has many keys
	s.ws()
	if s.i < len(s.data) && s.data[s.i] == '}' {
		s.i++
		return nil
	}
	for {
		s.ws()
		if s.i >= len(s.data) {
			return s.eof()
		}
		if s.data[s.i] != '"' {
			return s.errf("invalid %s looking for an object key", s.describe())
		}
		at := s.i
		key, err := s.str()
		if err != nil {
			return err
		}
		if bytes.IndexByte(key, '\\') >= 0 {
			// compare keys by value: "a" and "\u0061" are the same key
			var k string
			if json.Unmarshal(s.data[at:s.i], &k) == nil {
				key = []byte(k)
			}
		}
		keys := s.keys[depth]
		dup := false
		if set != nil {
			dup = set[string(key)]
			set[string(key)] = true
		} else {
			for _, k := range keys {
				if bytes.Equal(k, key) {
					dup = true
					break
				}
			}
			keys = append(keys, key)
			if len(keys) > 16 {
				for len(s.sets) <= depth {
					s.sets = append(s.sets, nil)
				}
				if s.sets[depth] == nil {
					s.sets[depth] = make(map[string]bool, 64)
				}
				set = s.sets[depth]
				clear(set)
				for _, k := range keys {
					set[string(k)] = true
				}
			}
			s.keys[depth] = keys
		}
		if dup {
			return &scanError{offset: at, msg: fmt.Sprintf("duplicate object key %q (JSON decoders disagree on which one wins, so srmlint refuses the input)", key), dupKey: string(key)}
		}
		if depth == 0 {
			s.top = append(s.top, string(key))
		}
		s.ws()
		if s.i >= len(s.data) {
			return s.eof()
		}
		if s.data[s.i] != ':' {
			return s.errf("invalid %s after an object key, want ':'", s.describe())
		}
		s.i++
		s.ws()
		valueAt := s.i
		if err := s.value(depth + 1); err != nil {
			return err
		}
		if depth == 0 && string(key) == "format_version" {
			s.formatVersion = s.data[valueAt:s.i]
		}
		s.ws()
		if s.i >= len(s.data) {
			return s.eof()
		}
		switch s.data[s.i] {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil
		default:
			return s.errf("invalid %s after an object value, want ',' or '}'", s.describe())
		}
	}
}

func (s *scanner) array(depth int) error {
	s.i++ // [
	s.ws()
	if s.i < len(s.data) && s.data[s.i] == ']' {
		s.i++
		return nil
	}
	for {
		s.ws()
		if err := s.value(depth + 1); err != nil {
			return err
		}
		s.ws()
		if s.i >= len(s.data) {
			return s.eof()
		}
		switch s.data[s.i] {
		case ',':
			s.i++
		case ']':
			s.i++
			return nil
		default:
			return s.errf("invalid %s after an array element, want ',' or ']'", s.describe())
		}
	}
}

// str scans a string and returns its raw contents (without quotes).
func (s *scanner) str() ([]byte, error) {
	s.i++ // "
	start := s.i
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			raw := s.data[start:s.i]
			s.i++
			return raw, nil
		case c == '\\':
			if s.i+1 >= len(s.data) {
				return nil, s.eof()
			}
			switch s.data[s.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i += 2
			case 'u':
				if s.i+6 > len(s.data) {
					return nil, s.eof()
				}
				for _, h := range s.data[s.i+2 : s.i+6] {
					if !isHex(h) {
						return nil, s.errf("invalid \\u escape in a string")
					}
				}
				s.i += 6
			default:
				s.i++
				return nil, s.errf("invalid escape %s in a string", s.describe())
			}
		case c < 0x20:
			return nil, s.errf("control character 0x%02x in a string", c)
		default:
			s.i++
		}
	}
	return nil, s.eof()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (s *scanner) number() error {
	digits := func() int {
		n := 0
		for s.i < len(s.data) && s.data[s.i] >= '0' && s.data[s.i] <= '9' {
			s.i++
			n++
		}
		return n
	}
	if s.data[s.i] == '-' {
		s.i++
	}
	if s.i >= len(s.data) {
		return s.eof()
	}
	if s.data[s.i] == '0' {
		s.i++
	} else if digits() == 0 {
		return s.errf("invalid %s in a number", s.describe())
	}
	if s.i < len(s.data) && s.data[s.i] == '.' {
		s.i++
		if digits() == 0 {
			if s.i >= len(s.data) {
				return s.eof()
			}
			return s.errf("invalid %s after a decimal point", s.describe())
		}
	}
	if s.i < len(s.data) && (s.data[s.i] == 'e' || s.data[s.i] == 'E') {
		s.i++
		if s.i < len(s.data) && (s.data[s.i] == '+' || s.data[s.i] == '-') {
			s.i++
		}
		if digits() == 0 {
			if s.i >= len(s.data) {
				return s.eof()
			}
			return s.errf("invalid %s in an exponent", s.describe())
		}
	}
	return nil
}

func (s *scanner) literal(word string) error {
	if len(s.data)-s.i < len(word) {
		if bytes.HasPrefix([]byte(word), s.data[s.i:]) {
			return s.eof()
		}
	} else if string(s.data[s.i:s.i+len(word)]) == word {
		s.i += len(word)
		return nil
	}
	return s.errf("invalid %s looking for %s", s.describe(), word)
}
