package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// MarkdownLimit keeps a pull-request comment under GitHub's 65,536
// character limit, with room for what a workflow adds around it.
const MarkdownLimit = 65000

// WriteMarkdown writes a pull-request comment: the verdict, counts by
// severity and by owner, a table of blocking findings and collapsed
// details. However many findings there are, the comment stays under
// MarkdownLimit characters; rows that do not fit are counted instead.
func WriteMarkdown(w io.Writer, res *linter.Result, meta Meta) error {
	s := summarize(res)
	var head strings.Builder
	if s.Blocking > 0 {
		fmt.Fprintf(&head, "## srmlint: :x: %d blocking %s\n\n", s.Blocking, plural(s.Blocking, "finding"))
	} else {
		head.WriteString("## srmlint: :white_check_mark: nothing blocking\n\n")
	}
	fmt.Fprintf(&head, "%d %s, %d suppressed, in %d %s; blocking at `%s` and above (unknown values: `%s`).\n\n",
		s.Findings, plural(s.Findings, "finding"), s.Suppressed, len(res.Inputs), plural(len(res.Inputs), "input"), res.FailOn, res.Unknown)
	head.WriteString("| Severity | Findings | Blocking |\n|---|---:|---:|\n")
	blockingBySev := map[linter.Severity]int{}
	for _, f := range res.Findings {
		if f.Blocking {
			blockingBySev[f.Severity]++
		}
	}
	for _, sev := range linter.Severities {
		fmt.Fprintf(&head, "| %s | %d | %d |\n", sev, s.BySeverity[sev.String()], blockingBySev[sev])
	}
	if owners := ownerCounts(res.Findings); len(owners) > 0 {
		head.WriteString("\n| Owner | Findings | Blocking |\n|---|---:|---:|\n")
		for _, o := range owners {
			fmt.Fprintf(&head, "| %s | %d | %d |\n", mdCell(o.name), o.total, o.blocking)
		}
	}
	if len(res.ExpiredWaivers) > 0 {
		fmt.Fprintf(&head, "\n:warning: %d expired %s no longer suppress anything; renew or remove them.\n", len(res.ExpiredWaivers), plural(len(res.ExpiredWaivers), "waiver"))
	}
	footer := fmt.Sprintf("\n<sub>srmlint %s. `srmlint explain <rule>` describes each rule and its fix.</sub>\n", meta.Version)

	// Sections in order of importance share what is left of the budget.
	budget := MarkdownLimit - head.Len() - len(footer)
	var body strings.Builder
	var blocking, other []*linter.Finding
	for i := range res.Findings {
		if res.Findings[i].Blocking {
			blocking = append(blocking, &res.Findings[i])
		} else {
			other = append(other, &res.Findings[i])
		}
	}
	sections := []struct {
		title    string
		open     bool
		findings []*linter.Finding
	}{
		{"Blocking findings", true, blocking},
		{"Other findings", false, other},
	}
	for _, sec := range sections {
		if len(sec.findings) == 0 {
			continue
		}
		budget -= writeFindingTable(&body, sec.title, sec.open, sec.findings, budget)
	}
	if len(res.Suppressed) > 0 {
		var b strings.Builder
		fmt.Fprintf(&b, "\n<details><summary>Suppressed (%d)</summary>\n\n| Rule | Resource | How | Reason |\n|---|---|---|---|\n", len(res.Suppressed))
		shown := 0
		for _, f := range res.Suppressed {
			row := fmt.Sprintf("| `%s` | `%s` | %s | %s |\n", f.RuleID, mdCode(f.Address), f.Suppression.Kind, mdCell(f.Suppression.Reason))
			if b.Len()+len(row)+200 > budget {
				break
			}
			b.WriteString(row)
			shown++
		}
		if shown < len(res.Suppressed) {
			fmt.Fprintf(&b, "\n... and %d more.\n", len(res.Suppressed)-shown)
		}
		b.WriteString("\n</details>\n")
		if b.Len() <= budget {
			body.WriteString(b.String())
		}
	}
	_, err := io.WriteString(w, head.String()+body.String()+footer)
	return err
}

// writeFindingTable writes a table of findings within budget characters and
// returns how many it used; rows that do not fit are counted.
func writeFindingTable(b *strings.Builder, title string, open bool, fs []*linter.Finding, budget int) int {
	start := b.Len()
	var t strings.Builder
	openAttr := ""
	if open {
		openAttr = " open"
	}
	fmt.Fprintf(&t, "\n<details%s><summary>%s (%d)</summary>\n\n| Severity | Rule | Resource | Location | Owner | Finding |\n|---|---|---|---|---|---|\n", openAttr, title, len(fs))
	const closing = "\n</details>\n"
	const moreRoom = 64 // "... and N more" line
	shown := 0
	for _, f := range fs {
		loc := ""
		if l := f.Location; l != nil {
			loc = fmt.Sprintf("`%s:%d`", source.DisplayPath(l.File), l.Line)
		}
		owner := ""
		if f.Owner != nil {
			owner = mdCell(f.Owner.Team)
		}
		msg := f.Message
		if f.Note != "" {
			msg += " " + f.Note
		}
		row := fmt.Sprintf("| %s | `%s` | `%s` | %s | %s | %s |\n", f.Severity, f.RuleID, mdCode(f.Address), loc, owner, mdCell(msg))
		if t.Len()+len(row)+len(closing)+moreRoom > budget {
			break
		}
		t.WriteString(row)
		shown++
	}
	if shown < len(fs) {
		fmt.Fprintf(&t, "\n... and %d more (see the full report).\n", len(fs)-shown)
	}
	t.WriteString(closing)
	if t.Len() > budget {
		return 0 // not even the header fits
	}
	b.WriteString(t.String())
	return b.Len() - start
}

type ownerCount struct {
	name            string
	total, blocking int
}

func ownerCounts(fs []linter.Finding) []ownerCount {
	m := map[string]*ownerCount{}
	for _, f := range fs {
		name := "(no owner: add an srm_control_owner)"
		if f.Owner != nil {
			name = f.Owner.Team
		}
		c := m[name]
		if c == nil {
			c = &ownerCount{name: name}
			m[name] = c
		}
		c.total++
		if f.Blocking {
			c.blocking++
		}
	}
	out := make([]ownerCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].blocking != out[j].blocking {
			return out[i].blocking > out[j].blocking
		}
		return out[i].name < out[j].name
	})
	return out
}

// mdCell makes text safe inside a table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// mdCode makes text safe inside a code span in a table cell.
func mdCode(s string) string {
	return strings.NewReplacer("|", `\|`, "`", "'", "\n", " ").Replace(s)
}
