//go:build unix

package plan

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A plan file cut short while srmlint has it mapped faults on access; the
// user gets an input error naming the file, not a crash.
func TestLoadMappedFileTruncated(t *testing.T) {
	src, err := os.ReadFile("../../examples/plans/insecure/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, unmap, err := mapFile(f, int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	defer unmap()
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err = loadMapped(context.Background(), path, data, Options{})
	var ie *InputError
	if !errors.As(err, &ie) || ie.File != path || !strings.Contains(ie.Reason, "changed while srmlint read it") {
		t.Fatalf("got %v, want an input error saying the file changed", err)
	}
}

// LoadFile maps regular files; the model it returns must not point into
// the mapping, which is gone once LoadFile returns (a read would fault).
func TestLoadFileKeepsNothingMapped(t *testing.T) {
	p, err := LoadFile(context.Background(), "../../examples/plans/insecure/plan.json", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, r := range p.Resources {
		for _, frag := range [][]byte{r.before, r.after, r.afterUnknown, r.afterSensitive, r.beforeSensitive} {
			for _, c := range frag {
				sum += int(c)
			}
		}
	}
	if sum == 0 {
		t.Fatal("no values read")
	}
}

// Standard input is spooled to a temporary file and mapped; when the
// temporary directory cannot take it, it is read into memory, whole.
func TestReadInput(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), 40000) // 640 KB: several chunks
	data, release, err := readInput(bytes.NewReader(want), 0, spoolFile)
	if err != nil || !bytes.Equal(data, want) {
		t.Fatalf("spooled: %d bytes, %v", len(data), err)
	}
	release()

	readOnly := func() (*os.File, error) { // every write fails, as on a full disk
		path := filepath.Join(t.TempDir(), "spool")
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			return nil, err
		}
		return os.Open(path)
	}
	data, release, err = readInput(bytes.NewReader(want), 0, readOnly)
	if err != nil || !bytes.Equal(data, want) {
		t.Fatalf("in memory after a failed write: %d bytes, %v", len(data), err)
	}
	release()

	data, _, err = readInput(strings.NewReader(""), 0, spoolFile)
	if err != nil || len(data) != 0 {
		t.Fatalf("empty: %q, %v", data, err)
	}
}
