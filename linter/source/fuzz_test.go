package source

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzBuild indexes arbitrary .tf text: an index or an error, never a panic;
// lookups and suppressions work on whatever was indexed.
func FuzzBuild(f *testing.F) {
	f.Add([]byte("# srmlint:ignore a b\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n  rule {\n    x = 1\n  }\n}\n"))
	f.Add([]byte("module \"m\" {\n  source = \"./m\"\n}\n/* srmlint:ignore */\n"))
	f.Add([]byte("resource \"a\" \"b\" {\n  // srmlint:ignore r reason\n  nested { deeper { x = 1 } }\n}\n"))
	dir := f.TempDir()
	path := filepath.Join(dir, "main.tf")
	f.Fuzz(func(t *testing.T, src []byte) {
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		ix, err := Build(dir)
		if err != nil {
			return
		}
		for addr := range ix.blocks {
			ix.Lookup(addr, "rule.0.x")
			ix.Lookup(addr, "nested.deeper.x")
			ix.Ignores(addr)
		}
		ix.AllIgnores()
	})
}
