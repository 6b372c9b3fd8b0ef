// Command docgen writes srmlint's rule documentation: one guide page per
// rule (docs/guides/<rule-id>.md) and an index of all rules, from the rule
// metadata. `make generate` runs it after tfplugindocs, which owns the rest
// of docs/.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

func main() {
	out := flag.String("out", "docs/guides", "directory for the guide pages")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "docgen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	pages := map[string][]byte{"rules.md": indexPage(rules.All()), "controls.md": coveragePage(rules.All())}
	for _, r := range rules.All() {
		pages[r.ID+".md"] = rulePage(r)
	}
	for name, body := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func frontMatter(b *bytes.Buffer, title, description string) {
	fmt.Fprintf(b, "---\npage_title: %q\nsubcategory: \"Lint rules\"\ndescription: |-\n  %s\n---\n\n", title, description)
}

func rulePage(r *linter.Rule) []byte {
	var b bytes.Buffer
	frontMatter(&b, r.ID+" (srmlint rule)", r.Title)
	fmt.Fprintf(&b, "# %s\n\n%s.\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "| | |\n|---|---|\n| Severity | %s |\n| Service | %s |\n| Control area | `%s` |\n| Responsibility (AWS Shared Responsibility Model) | %s |\n",
		r.Severity, r.Service, r.Area, r.Responsibility())
	m := r.Mappings()
	for _, k := range catalog.Frameworks {
		if ids := m[k]; len(ids) > 0 {
			fmt.Fprintf(&b, "| %s | %s |\n", catalog.FrameworkTitle(k), strings.Join(ids, ", "))
		}
	}
	fmt.Fprintf(&b, "\n## Why\n\n%s\n\n## How to fix\n\n%s\n", r.Explanation, r.Remediation)
	fmt.Fprintf(&b, "\n## Suppressing\n\nIf the finding is an accepted exception, record it with a reason on the resource block:\n\n```hcl\n# srmlint:ignore %s <reason>\n```\n\nor, reviewed and with an expiry date, as an `srm_waiver`.\n", r.ID)
	if len(r.Links) > 0 {
		b.WriteString("\n## References\n\n")
		for _, l := range r.Links {
			fmt.Fprintf(&b, "- <%s>\n", l)
		}
	}
	return b.Bytes()
}

func indexPage(all []*linter.Rule) []byte {
	var b bytes.Buffer
	frontMatter(&b, "srmlint rules", "Every rule srmlint checks, with its severity and controls.")
	b.WriteString("# srmlint rules\n\n`srmlint rules` prints this list; `srmlint explain <rule-id>` prints a rule's page.\n\n")
	b.WriteString("| Rule | Severity | Service | Security Hub | Title |\n|---|---|---|---|---|\n")
	for _, r := range all {
		sh := strings.Join(r.Mappings()[catalog.FrameworkSecurityHub], ", ")
		if sh == "" {
			sh = "-"
		}
		fmt.Fprintf(&b, "| [%s](%s.md) | %s | %s | %s | %s |\n", r.ID, r.ID, r.Severity, r.Service, sh, r.Title)
	}
	return b.Bytes()
}

// coveragePage lists every Security Hub control of the catalog with the
// rules that check it, or why a plan cannot.
func coveragePage(all []*linter.Rule) []byte {
	covering := map[string][]string{}
	var outside []string // Security Hub controls that rules name but the catalog lacks
	for _, r := range all {
		for _, c := range r.Mappings()[catalog.FrameworkSecurityHub] {
			if _, ok := catalog.LookupControl(c); !ok && covering[c] == nil {
				outside = append(outside, c)
			}
			covering[c] = append(covering[c], "["+r.ID+"]("+r.ID+".md)")
		}
	}
	var b bytes.Buffer
	frontMatter(&b, "Control coverage", "Each AWS Security Hub control in srmlint's catalog, with the rules that check it or why a plan cannot.")
	b.WriteString("# Control coverage\n\n")
	b.WriteString("Every AWS Security Hub control in srmlint's catalog (`linter/catalog/data/fsbp.tsv`), with its CIS mappings, ")
	b.WriteString("the srmlint rules that check it, and, where no rule does, what a plan can show (`plan_checkable` in the catalog). ")
	b.WriteString("Account-level controls (S3.1, EC2.7, Config.1, GuardDuty.1, the password policy) hold for an account, not for one plan.\n\n")
	b.WriteString("| Control | Severity | FSBP | CIS v1.4 / v3.0 / v5.0 | Title | Checked by | Plan checkable |\n|---|---|---|---|---|---|---|\n")
	for _, c := range catalog.Controls() {
		if c.Retired {
			continue
		}
		fsbp := "no"
		if c.InFSBP {
			fsbp = "yes"
		}
		cis := strings.Join([]string{dash(c.CIS14), dash(c.CIS30), dash(c.CIS50)}, " / ")
		by := strings.Join(covering[c.ID], ", ")
		if by == "" {
			by = "not yet"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", c.ID, strings.ToLower(c.Severity), fsbp, cis, escape(c.Title), by, escape(c.PlanCheckable))
	}
	if len(outside) > 0 {
		sort.Slice(outside, func(i, j int) bool { return catalog.ControlLess(outside[i], outside[j]) })
		b.WriteString("\nSecurity Hub controls outside the catalog's services that rules also implement:\n\n| Control | Checked by |\n|---|---|\n")
		for _, c := range outside {
			fmt.Fprintf(&b, "| %s | %s |\n", c, strings.Join(covering[c], ", "))
		}
	}
	return b.Bytes()
}

func dash(ids []string) string {
	if len(ids) == 0 {
		return "-"
	}
	return strings.Join(ids, ",")
}

// escape keeps table cells on one row.
func escape(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
