package plan

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestLoadErrors: every malformed input is an *InputError naming the file
// and the reason, never a plan with zero resources.
func TestLoadErrors(t *testing.T) {
	tests := map[string]struct {
		in   string
		want string
	}{
		"empty":           {"", "empty input"},
		"whitespace":      {" \n\t ", "only whitespace"},
		"null":            {"null", "JSON null"},
		"array":           {"[]", "JSON array"},
		"string":          {`"plan"`, "JSON string"},
		"number":          {"42", "JSON number"},
		"object":          {"{}", "no format_version"},
		"not json":        {"resource \"x\" {}", "not JSON"},
		"truncated":       {`{"format_version":"1.2","planned_values":{"root_module":`, "truncated JSON"},
		"trailing":        {`{"format_version":"1.2"} x`, "invalid JSON at byte"},
		"bad syntax":      {`{"format_version":"1.2",}`, "invalid JSON at byte 24"},
		"future format":   {`{"format_version":"2.0","planned_values":{}}`, `unsupported plan format_version "2.0"`},
		"format type":     {`{"format_version":1.2}`, "format_version"},
		"wrong type":      {`{"format_version":"1.2","resource_changes":{"a":1}}`, "invalid plan JSON at byte 43: resource_changes must be a list"},
		"number address":  {`{"format_version":"1.2","resource_changes":[{"address":5,"change":{}}]}`, "invalid plan JSON at byte 55: resource_changes[0].address must be a string"},
		"bad actions":     {`{"format_version":"1.2","resource_changes":[{"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":"create"}}]}`, "resource_changes[0].change.actions must be a list of strings"},
		"after a list":    {`{"format_version":"1.2","resource_changes":[{"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":["create"],"after":[]}}]}`, "resource_changes[0].change.after must be an object"},
		"config type":     {`{"format_version":"1.2","configuration":{"root_module":{"resources":5}}}`, "invalid plan JSON at byte"},
		"both":            {`{"format_version":"1.2","planned_values":{},"values":{}}`, "both plan keys"},
		"bad address":     {`{"format_version":"1.2","resource_changes":[{"address":"nonsense","mode":"managed","type":"x","name":"y","change":{"actions":["create"]}}]}`, "resource_changes"},
		"duplicate":       {`{"format_version":"1.2","resource_changes":[{"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":["create"]}},{"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":["create"]}}]}`, "duplicate resource address a.b"},
		"invalid utf8":    {"{\"format_version\":\"1.2\",\"x\":\"\xff\"}", "invalid UTF-8"},
		"duplicate key":   {`{"format_version":"1.2","resource_changes":[],"resource_changes":[]}`, `invalid JSON at byte 46 (line 1, column 47): duplicate object key "resource_changes"`},
		"escaped dup key": {`{"format_version":"1.2","planned_values":{},"planned_value\u0073":{}}`, `duplicate object key "planned_values"`},
		"dup nested key":  {`{"format_version":"1.2","resource_changes":[{"address":"a.b","address":"c.d"}]}`, `duplicate object key "address"`},
		"deep nesting":    {`{"format_version":"1.2","x":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`, "nested more than 1000 levels deep"},
		"control char":    {"{\"format_version\":\"1.\x012\"}", "control character 0x01"},
		"bad escape":      {`{"format_version":"1.\q"}`, `invalid escape`},
		"bad number":      {`{"format_version":"1.2","x":01}`, `invalid character '1' after an object value`},
		"bare word":       {`{"format_version":"1.2","x":nul}`, "invalid character"},
		"binary not plan": {"\x00\x01\x02\xff", "not JSON"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Load("in.json", strings.NewReader(tc.in))
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an *InputError", err)
			}
			if ie.File != "in.json" || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "in.json: ") {
				t.Errorf("got %q, want it to name in.json and contain %q", err, tc.want)
			}
		})
	}
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadFile(context.Background(), filepath.Join(dir, "nope.json"), nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "nope.json: cannot read: no such file") {
		t.Errorf("missing file: %v", err)
	}
	_, err = LoadFile(context.Background(), dir, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory: %v", err)
	}
	zip := filepath.Join(dir, "tfplan")
	if err := os.WriteFile(zip, []byte("PK\x03\x04rest"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadFile(context.Background(), zip, nil, Options{Terraform: filepath.Join(dir, "no-such-terraform")})
	if err == nil || !strings.Contains(err.Error(), "show -json") {
		t.Errorf("binary plan with a broken CLI: %v", err)
	}
	_, err = LoadFile(context.Background(), "-", strings.NewReader("PK\x03\x04rest"), Options{})
	if err == nil || !strings.Contains(err.Error(), "<stdin>: is a binary plan file") {
		t.Errorf("binary plan on stdin: %v", err)
	}
}

// endlessSpace is a reader of blanks that never ends.
type endlessSpace struct{ n int64 }

func (e *endlessSpace) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestWhitespaceStream: a gigabyte of blanks is rejected without holding it
// in memory.
func TestWhitespaceStream(t *testing.T) {
	size := int64(1 << 30)
	if testing.Short() {
		size = 64 << 20
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	src := &endlessSpace{}
	_, err := Load("blank", io.LimitReader(src, size))
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "only whitespace") {
		t.Fatalf("got %v", err)
	}
	if src.n < size {
		t.Errorf("read %d bytes, want all %d", src.n, size)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 16<<20 {
		t.Errorf("allocated %d bytes for a whitespace stream", grown)
	}
}

func TestLoadEmptyStateAndWhitespacePrefix(t *testing.T) {
	p, err := Load("s.json", strings.NewReader(`{"format_version":"1.0"}`))
	if err != nil || p.Kind != KindState || len(p.Resources) != 0 {
		t.Fatalf("empty state: %v %+v", err, p)
	}
	p, err = Load("p.json", io.MultiReader(strings.NewReader("\n\n  "), strings.NewReader(`{"format_version":"1.2","planned_values":{"root_module":{}}}`)))
	if err != nil || p.Kind != KindPlan {
		t.Fatalf("plan after blanks: %v", err)
	}
}
