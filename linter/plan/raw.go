package plan

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// Attribute values stay in the input buffer as raw JSON fragments and are
// read on demand: decoding every value of a large plan into maps would cost
// several times the plan's size in memory. The input was validated by
// scanJSON before any fragment is walked, so these helpers assume
// well-formed JSON; they never index out of bounds regardless.

// skipWS returns the index of the first non-blank byte at or after i.
func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index just past the string that starts at b[i].
func skipString(b []byte, i int) int {
	i++ // opening quote
	for {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return len(b)
		}
		i += j
		// the quote is escaped if an odd number of backslashes precede it
		n := 0
		for k := i - 1; k >= 0 && b[k] == '\\'; k-- {
			n++
		}
		i++
		if n%2 == 0 {
			return i
		}
	}
}

// skipValue returns the index just past the value that starts at b[i].
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return len(b)
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return len(b)
	}
	// number, true, false, null
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// eachMember calls fn with each key (raw, without quotes) and value of an
// object fragment, until fn returns false.
func eachMember(obj []byte, fn func(key, val []byte) bool) {
	if len(obj) == 0 || obj[0] != '{' {
		return
	}
	i := skipWS(obj, 1)
	for i < len(obj) && obj[i] == '"' {
		end := skipString(obj, i)
		key := obj[i+1 : max(i+1, end-1)]
		i = skipWS(obj, end)
		if i >= len(obj) || obj[i] != ':' {
			return
		}
		i = skipWS(obj, i+1)
		vend := skipValue(obj, i)
		if !fn(key, obj[i:vend]) {
			return
		}
		i = skipWS(obj, vend)
		if i < len(obj) && obj[i] == ',' {
			i = skipWS(obj, i+1)
		}
	}
}

// member returns the value of key in an object fragment, or nil.
func member(obj []byte, key string) []byte {
	var out []byte
	eachMember(obj, func(k, v []byte) bool {
		if keyEquals(k, key) {
			out = v
			return false
		}
		return true
	})
	return out
}

// keyEquals compares a raw key with a Go string, unescaping when needed.
func keyEquals(raw []byte, key string) bool {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw) == key
	}
	return unescape(raw) == key
}

// eachElem calls fn with each element of an array fragment, until fn
// returns false.
func eachElem(arr []byte, fn func(i int, val []byte) bool) {
	if len(arr) == 0 || arr[0] != '[' {
		return
	}
	i := skipWS(arr, 1)
	for n := 0; i < len(arr) && arr[i] != ']'; n++ {
		end := skipValue(arr, i)
		if !fn(n, arr[i:end]) {
			return
		}
		i = skipWS(arr, end)
		if i < len(arr) && arr[i] == ',' {
			i = skipWS(arr, i+1)
		}
	}
}

// elem returns the n-th element of an array fragment, or nil.
func elem(arr []byte, n int) []byte {
	var out []byte
	eachElem(arr, func(i int, v []byte) bool {
		if i == n {
			out = v
			return false
		}
		return true
	})
	return out
}

// child is one step into a fragment: an object member, or an array element
// when step is an index.
func child(frag []byte, step string) []byte {
	if len(frag) == 0 {
		return nil
	}
	switch frag[0] {
	case '{':
		return member(frag, step)
	case '[':
		if n, ok := atoi(step); ok {
			return elem(frag, n)
		}
	}
	return nil
}

// unescape decodes a raw string body (without quotes). The common escapes
// are decoded here; \u escapes go through encoding/json.
func unescape(raw []byte) string {
	i := bytes.IndexByte(raw, '\\')
	if i < 0 {
		return string(raw)
	}
	out := make([]byte, 0, len(raw))
	for ; i >= 0; i = bytes.IndexByte(raw, '\\') {
		if i+1 >= len(raw) {
			break
		}
		out = append(out, raw[:i]...)
		switch c := raw[i+1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		default: // \u: leave the whole string to encoding/json
			return unescapeJSON(raw)
		}
		raw = raw[i+2:]
	}
	return string(append(out, raw...))
}

func unescapeJSON(raw []byte) string {
	var s string
	quoted := make([]byte, 0, len(raw)+2)
	quoted = append(append(append(quoted, '"'), raw...), '"')
	if err := json.Unmarshal(quoted, &s); err != nil {
		return string(raw)
	}
	return s
}

// isTrue reports whether a fragment is the literal true.
func isTrue(frag []byte) bool { return string(frag) == "true" }

// isNull reports whether a fragment is absent or null.
func isNull(frag []byte) bool { return len(frag) == 0 || string(frag) == "null" }

// stringValue returns the string a fragment holds.
func stringValue(frag []byte) (string, bool) {
	if len(frag) < 2 || frag[0] != '"' {
		return "", false
	}
	return unescape(frag[1 : len(frag)-1]), true
}

// numberValue returns the number a fragment holds.
func numberValue(frag []byte) (float64, bool) {
	if len(frag) == 0 || !(frag[0] == '-' || frag[0] >= '0' && frag[0] <= '9') {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(frag), 64)
	return f, err == nil
}

// decode turns a fragment into the Go value encoding/json would produce.
func decode(frag []byte) any {
	if isNull(frag) {
		return nil
	}
	var v any
	if err := json.Unmarshal(frag, &v); err != nil {
		return nil
	}
	return v
}
