package config

import (
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// FuzzParse: any configuration text gives a config or an error with a
// position, never a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte("rule \"x\" {\n  enabled = 1\n}\n"))
	f.Add([]byte("guardrail \"g\" {\n  scope {\n    tags = { a = [1] }\n  }\n}\n"))
	f.Add([]byte("waiver {\n  expires_on = \"2026-13-40\"\n}\n"))
	all := rules.All()
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("fuzz.hcl", src, all)
		if err == nil && c == nil {
			t.Fatal("nil config without an error")
		}
	})
}
