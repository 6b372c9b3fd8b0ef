package provider

import (
	"fmt"
	"path/filepath"
	"testing"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// examplePlan is the absolute path of a shipped example plan: acceptance
// test configurations run in a temporary directory.
func examplePlan(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "examples", "plans", name, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}
