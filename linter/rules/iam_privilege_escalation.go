package rules

import (
	"fmt"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMPrivilegeEscalation reports identities whose policies together
// complete a privilege-escalation path of the catalog.
var IAMPrivilegeEscalation = withPaths(withDoc(&linter.Rule{
	ID:       policy.CheckPrivesc,
	Title:    "IAM identities cannot raise their own privileges",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra:    map[string][]string{"nist_800_53_r5": {"AC-6", "AC-6(10)"}, "iso_27001_2022": {"A.5.15", "A.8.2"}},
	Links: []string{
		"https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/",
		"https://pathfinding.cloud/",
		"https://cloudsplaining.readthedocs.io/en/latest/glossary/privilege-escalation/",
	},
	Check: checkIdentities((*policy.Identity).PrivescIssues),
}))

// withPaths appends the catalog's escalation paths to the rule's
// explanation, so that `srmlint explain` and the docs list every path with
// its actions and source.
func withPaths(r *linter.Rule) *linter.Rule {
	var b strings.Builder
	b.WriteString(r.Explanation)
	b.WriteString("\n\n### Paths\n\n| ID | Path | Actions | Source |\n|---|---|---|---|\n")
	for _, p := range catalog.PrivescPaths() {
		src := p.URL
		if src == "" {
			src = p.Sources
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s |\n", p.ID, p.Name, strings.Join(p.Actions, "` + `"), src)
	}
	r.Explanation = strings.TrimSpace(b.String())
	return r
}
