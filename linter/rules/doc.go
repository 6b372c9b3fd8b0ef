package rules

import (
	"embed"
	"fmt"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
)

// Each rule's prose lives in docs/<rule-id>.md: the explanation, then a
// "## Remediation" section with a Terraform snippet. Markdown with code
// spans reads badly in Go string literals, and the same text feeds the docs
// pages, SARIF help and `srmlint explain`.
//
//go:embed docs/*.md
var docFS embed.FS

const remediationHeading = "\n## Remediation\n"

// withDoc fills a rule's Explanation and Remediation from its doc file. A
// missing or malformed file is a build defect that the package tests catch;
// it panics at start-up rather than shipping a rule without documentation.
func withDoc(r *linter.Rule) *linter.Rule {
	b, err := docFS.ReadFile("docs/" + r.ID + ".md")
	if err != nil {
		panic(fmt.Sprintf("rules: no docs/%s.md: %v", r.ID, err))
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	expl, rem, ok := strings.Cut(text, remediationHeading)
	if !ok {
		panic(fmt.Sprintf("rules: docs/%s.md has no %q section", r.ID, strings.TrimSpace(remediationHeading)))
	}
	r.Explanation = strings.TrimSpace(expl)
	r.Remediation = strings.TrimSpace(rem)
	return r
}
