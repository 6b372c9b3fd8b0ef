package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The linker drops unused methods only while reflect's MethodByName is
// unreachable. Once it is (a cobra template such as SetVersionTemplate,
// text/template, html/template), every exported method of the AWS SDK
// clients is kept: the binary grew from 25 MB to 97 MB and its startup
// memory by a third.
func TestDeadCodeElimination(t *testing.T) {
	if testing.Short() {
		t.Skip("links the srmlint binary")
	}
	bin := filepath.Join(t.TempDir(), "srmlint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	if strings.Contains(string(out), "reflect.Value.MethodByName") {
		t.Error("reflect.Value.MethodByName is linked in, which disables dead code elimination of methods; find the caller with go build -ldflags=-dumpdep")
	}
}
