package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

// ComplianceFrameworks are the frameworks of the compliance report.
var ComplianceFrameworks = []string{catalog.FrameworkFSBP, catalog.FrameworkCIS30, catalog.FrameworkNIST, catalog.FrameworkISO}

// Control statuses in the compliance report.
const (
	StatusFailed     = "failed"      // a rule that checks it has unsuppressed findings
	StatusWaived     = "waived"      // its findings are all suppressed
	StatusPassed     = "passed"      // its rules ran and found nothing in these inputs
	StatusNotChecked = "not_checked" // no enabled rule checks it
)

// ComplianceControl is one control of a framework and what the check showed.
type ComplianceControl struct {
	ID         string   `json:"id"`
	Status     string   `json:"status"`
	Rules      []string `json:"rules"`
	Findings   int      `json:"findings"`
	Suppressed int      `json:"suppressed"`
	// SecurityHub lists the AWS Security Hub controls that map to it.
	SecurityHub []string `json:"securityhub_controls"`
	// Reason says why an unchecked control is not checked.
	Reason string `json:"reason,omitempty"`
}

// ComplianceFramework is a framework's controls with counts per status.
type ComplianceFramework struct {
	Key      string              `json:"framework"`
	Title    string              `json:"title"`
	Summary  map[string]int      `json:"summary"`
	Controls []ComplianceControl `json:"controls"`
}

// Compliance evaluates each framework's controls against a result: which
// rules check each control and whether they passed, failed or were waived,
// or why it is not checked (not checkable from a plan, or no rule yet).
func Compliance(res *linter.Result) []ComplianceFramework {
	findings, suppressed := map[string]int{}, map[string]int{}
	for _, f := range res.Findings {
		findings[f.RuleID]++
	}
	for _, f := range res.Suppressed {
		suppressed[f.RuleID]++
	}
	var out []ComplianceFramework
	for _, fw := range ComplianceFrameworks {
		controls := map[string]*ComplianceControl{}
		get := func(id string) *ComplianceControl {
			c := controls[id]
			if c == nil {
				c = &ComplianceControl{ID: id, Rules: []string{}, SecurityHub: []string{}}
				controls[id] = c
			}
			return c
		}
		reasons := map[string][]string{}
		for _, sh := range catalog.Controls() {
			if sh.Retired {
				continue
			}
			for _, id := range sh.Mappings()[fw] {
				c := get(id)
				c.SecurityHub = appendUnique(c.SecurityHub, sh.ID)
				reasons[id] = appendUnique(reasons[id], uncheckedReason(sh))
			}
		}
		for _, r := range res.Rules {
			m := r.Mappings()
			for _, id := range m[fw] {
				c := get(id)
				c.Rules = appendUnique(c.Rules, r.ID)
				for _, sh := range m[catalog.FrameworkSecurityHub] {
					c.SecurityHub = appendUnique(c.SecurityHub, sh)
				}
			}
		}
		f := ComplianceFramework{Key: fw, Title: catalog.FrameworkTitle(fw), Summary: map[string]int{StatusFailed: 0, StatusWaived: 0, StatusPassed: 0, StatusNotChecked: 0}}
		for _, c := range controls {
			for _, r := range c.Rules {
				c.Findings += findings[r]
				c.Suppressed += suppressed[r]
			}
			switch {
			case len(c.Rules) == 0:
				c.Status = StatusNotChecked
				c.Reason = "no srmlint rule checks it"
				if rs := reasons[c.ID]; len(rs) > 0 {
					c.Reason = strings.Join(rs, "; ")
				}
			case c.Findings > 0:
				c.Status = StatusFailed
			case c.Suppressed > 0:
				c.Status = StatusWaived
			default:
				c.Status = StatusPassed
			}
			sort.Strings(c.Rules)
			sort.Slice(c.SecurityHub, func(i, j int) bool { return catalog.ControlLess(c.SecurityHub[i], c.SecurityHub[j]) })
			f.Summary[c.Status]++
			f.Controls = append(f.Controls, *c)
		}
		sort.Slice(f.Controls, func(i, j int) bool { return controlIDLess(fw, f.Controls[i].ID, f.Controls[j].ID) })
		out = append(out, f)
	}
	return out
}

// uncheckedReason says why no rule checks a Security Hub control: a plan
// cannot show it, or no rule does yet.
func uncheckedReason(c *catalog.Control) string {
	pc := c.PlanCheckable
	switch {
	case strings.HasPrefix(pc, "no"):
		return c.ID + ": not checkable from a plan" + strings.TrimPrefix(pc, "no")
	case pc == "":
		return c.ID + ": no srmlint rule yet"
	}
	return c.ID + ": no srmlint rule yet (a plan can show it: " + pc + ")"
}

// controlIDLess orders control IDs naturally ("2.1.4" < "2.1.10", "AC-3" <
// "AC-3(7)" < "AC-21", "S3.9" < "S3.10").
func controlIDLess(fw, a, b string) bool {
	if fw == catalog.FrameworkFSBP {
		return catalog.ControlLess(a, b)
	}
	ka, kb := naturalKey(a), naturalKey(b)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if ka[i] != kb[i] {
			na, oka := atoiOK(ka[i])
			nb, okb := atoiOK(kb[i])
			if oka && okb {
				return na < nb
			}
			return ka[i] < kb[i]
		}
	}
	return len(ka) < len(kb)
}

// naturalKey splits an ID into runs of digits and of other characters.
func naturalKey(s string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || isDigit(s[i]) != isDigit(s[i-1]) {
			out = append(out, s[start:i])
			start = i
		}
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func atoiOK(s string) (int, bool) {
	n := 0
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func appendUnique(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// WriteComplianceJSON writes the compliance report as JSON.
func WriteComplianceJSON(w io.Writer, res *linter.Result, meta Meta) error {
	doc := struct {
		SchemaVersion int                   `json:"schema_version"`
		Tool          jsonTool              `json:"tool"`
		Inputs        []string              `json:"inputs"`
		Frameworks    []ComplianceFramework `json:"frameworks"`
	}{SchemaVersion: 1, Tool: jsonTool{Name: "srmlint", Version: meta.Version}, Inputs: []string{}, Frameworks: Compliance(res)}
	for _, p := range res.Inputs {
		doc.Inputs = append(doc.Inputs, p.Name)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// WriteComplianceMarkdown writes the compliance report as Markdown: one
// section per framework with a summary and a table of controls.
func WriteComplianceMarkdown(w io.Writer, res *linter.Result, meta Meta) error {
	var b strings.Builder
	b.WriteString("# Compliance report\n\n")
	names := make([]string, len(res.Inputs))
	for i, p := range res.Inputs {
		names[i] = "`" + p.Name + "`"
	}
	fmt.Fprintf(&b, "srmlint %s on %s. A control **passed** when the rules that check it found nothing in these inputs, "+
		"**failed** when they found something that was not suppressed, **waived** when every finding was suppressed by a waiver "+
		"or an inline comment; **not checked** controls have no srmlint rule, often because a plan cannot show them.\n", meta.Version, strings.Join(names, ", "))
	for _, f := range Compliance(res) {
		fmt.Fprintf(&b, "\n## %s\n\n", f.Title)
		fmt.Fprintf(&b, "%d failed, %d waived, %d passed, %d not checked.\n\n", f.Summary[StatusFailed], f.Summary[StatusWaived], f.Summary[StatusPassed], f.Summary[StatusNotChecked])
		b.WriteString("| Control | Status | Checked by | Findings | Security Hub | Note |\n|---|---|---|---:|---|---|\n")
		for _, c := range f.Controls {
			rules := "-"
			if len(c.Rules) > 0 {
				rules = "`" + strings.Join(c.Rules, "`, `") + "`"
			}
			counts := fmt.Sprintf("%d", c.Findings)
			if c.Suppressed > 0 {
				counts += fmt.Sprintf(" (+%d suppressed)", c.Suppressed)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", c.ID, strings.ReplaceAll(c.Status, "_", " "), rules, counts, strings.Join(c.SecurityHub, ", "), mdCell(c.Reason))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
