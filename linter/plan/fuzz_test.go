package plan

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse loads arbitrary bytes: an error or a model, never a panic; and
// every value of a model that loads can be walked.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("../rules/testdata/*/*/plan.json")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"format_version":"1.0"}`))
	f.Add([]byte(`{"format_version":"1.2","resource_changes":[{"address":"module.m[\"k\\u0022\"].a.b[0]","mode":"managed","type":"a","name":"b","index":0,"change":{"actions":["delete","create"],"before":{"x":[1,{"y":"\\n"}]},"after":{"x":null},"after_unknown":{"x":true},"after_sensitive":{"x":[true]}}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Load("fuzz.json", bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, r := range p.Resources {
			walk(r.Value(), 0)
			walk(r.BeforeValue(), 0)
			p.Redact(r.Address)
		}
	})
}

// walk visits every value below v, calling each accessor.
func walk(v Value, depth int) {
	if depth > 64 {
		return
	}
	v.Str()
	v.Bool()
	v.Number()
	v.Empty()
	v.Raw()
	v.Sensitive()
	for _, k := range v.Keys() {
		walk(v.Get(k), depth+1)
	}
	for _, e := range v.List() {
		walk(e, depth+1)
	}
}
