package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// TextOptions control the human-readable report.
type TextOptions struct {
	Color bool // ANSI colours (only when writing to a terminal)
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiGreen  = "\x1b[32m"
)

type painter bool

func (p painter) paint(code, s string) string {
	if !p {
		return s
	}
	return code + s + ansiReset
}

func (p painter) severity(f *linter.Finding) string {
	label := fmt.Sprintf("%-8s", strings.ToUpper(f.Severity.String()))
	switch f.Severity {
	case linter.SeverityCritical, linter.SeverityHigh:
		return p.paint(ansiRed+ansiBold, label)
	case linter.SeverityMedium:
		return p.paint(ansiYellow, label)
	}
	return p.paint(ansiBlue, label)
}

// WriteText writes findings grouped by resource, each with its location,
// severity, rule, controls and message, then how to fix each rule once, then
// a summary line.
func WriteText(w io.Writer, res *linter.Result, opt TextOptions) error {
	bw := bufio.NewWriter(w)
	p := painter(opt.Color)
	var addr, input string
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Input != input || f.Address != addr {
			if i > 0 {
				fmt.Fprintln(bw)
			}
			input, addr = f.Input, f.Address
			loc := ""
			if f.Location != nil {
				loc = fmt.Sprintf("%s:%d  ", source.DisplayPath(f.Location.File), f.Location.Line)
			}
			detail := string(f.Action)
			if f.Address == linter.AccountAddress {
				// Not one resource of the plan, so no action on one.
				detail = "account baseline"
			}
			if len(res.Inputs) > 1 {
				detail += ", " + f.Input
			}
			fmt.Fprintf(bw, "%s%s %s\n", p.paint(ansiDim, loc), p.paint(ansiBold, f.Address), p.paint(ansiDim, "("+detail+")"))
		}
		tags := []string{f.RuleID}
		if ids := f.Rule.Mappings()[catalog.FrameworkSecurityHub]; len(ids) > 0 {
			tags = append(tags, strings.Join(ids, ","))
		}
		if f.Unknown {
			tags = append(tags, "unknown until apply")
		}
		if !f.Blocking {
			tags = append(tags, "not blocking")
		}
		if owner := f.Rule.Responsibility(); owner != "" {
			tags = append(tags, "responsibility: "+owner)
		}
		if f.Guardrail != "" {
			tags = append(tags, fmt.Sprintf("guardrail %s: %s", f.Guardrail, f.Enforcement))
		}
		fmt.Fprintf(bw, "  %s %s\n", p.severity(f), p.paint(ansiDim, "["+strings.Join(tags, "; ")+"]"))
		if f.Attribute != "" && f.Location != nil {
			fmt.Fprintf(bw, "    %s (line %d)\n", p.paint(ansiDim, f.Attribute), f.Location.Line)
		}
		writeWrapped(bw, f.Message, "    ", 100)
		if o := f.Owner; o != nil {
			fmt.Fprintf(bw, "    %s\n", p.paint(ansiBold, ownerText(o)))
		}
		if f.Note != "" {
			writeWrapped(bw, "note: "+f.Note, "    ", 100)
		}
	}
	if len(res.Findings) > 0 {
		writeFixes(bw, res, p)
	}
	if len(res.Suppressed) > 0 {
		fmt.Fprintf(bw, "\nSuppressed (%d):\n", len(res.Suppressed))
		for _, f := range res.Suppressed {
			s := f.Suppression
			fmt.Fprintf(bw, "  %s %s: %s at %s: %q", f.RuleID, f.Address, s.Kind, s.Where, s.Reason)
			if s.Approver != "" {
				fmt.Fprintf(bw, " (approved by %s, expires %s)", s.Approver, s.ExpiresOn)
			}
			fmt.Fprintln(bw)
		}
	}
	if len(res.ExpiredWaivers) > 0 {
		fmt.Fprintf(bw, "\nExpired waivers (%d), no longer suppressing anything; renew or remove them:\n", len(res.ExpiredWaivers))
		for _, w := range res.ExpiredWaivers {
			fmt.Fprintf(bw, "  %s on %s, approved by %s, expired %s (%s)\n", w.Rule, w.Resource, w.Approver, w.ExpiresOn.Format("2006-01-02"), w.Source)
		}
	}
	if len(res.Findings) > 0 || len(res.Suppressed) > 0 || len(res.ExpiredWaivers) > 0 {
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, summaryLine(res, p))
	return bw.Flush()
}

func ownerText(o *linter.Owner) string {
	s := "owner: " + o.Team
	var extra []string
	if o.Contact != "" {
		extra = append(extra, o.Contact)
	}
	if o.Runbook != "" {
		extra = append(extra, "runbook "+o.Runbook)
	}
	if o.Escalation != "" {
		extra = append(extra, "escalation "+o.Escalation)
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// writeFixes prints each reported rule's remediation once.
func writeFixes(w io.Writer, res *linter.Result, p painter) {
	seen := map[string]*linter.Rule{}
	for _, f := range res.Findings {
		seen[f.RuleID] = f.Rule
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "\n%s\n", p.paint(ansiBold, "How to fix"))
	for _, id := range ids {
		r := seen[id]
		fmt.Fprintf(w, "\n%s: %s\n", p.paint(ansiBold, id), r.Title)
		for _, line := range strings.Split(r.Remediation, "\n") {
			if strings.HasPrefix(line, "```") {
				continue
			}
			if line == "" {
				fmt.Fprintln(w)
				continue
			}
			fmt.Fprintf(w, "  %s\n", line)
		}
		fmt.Fprintf(w, "  %s\n", p.paint(ansiDim, "More: srmlint explain "+id))
	}
}

func summaryLine(res *linter.Result, p painter) string {
	s := summarize(res)
	var parts []string
	for _, sev := range linter.Severities {
		if n := s.BySeverity[sev.String()]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, sev))
		}
	}
	counts := "no findings"
	if s.Findings > 0 {
		counts = fmt.Sprintf("%d %s (%s)", s.Findings, plural(s.Findings, "finding"), strings.Join(parts, ", "))
	}
	if s.Unknown > 0 {
		counts += fmt.Sprintf(", %d unknown until apply", s.Unknown)
	}
	if s.Suppressed > 0 {
		counts += fmt.Sprintf(", %d suppressed", s.Suppressed)
	}
	verdict := p.paint(ansiGreen+ansiBold, "PASS")
	if s.Blocking > 0 {
		verdict = p.paint(ansiRed+ansiBold, fmt.Sprintf("FAIL: %d blocking", s.Blocking))
	}
	threshold := "fail-on " + res.FailOn.String()
	return fmt.Sprintf("%s in %d %s; %s, unknown values: %s. %s", counts, len(res.Inputs), plural(len(res.Inputs), "input"), threshold, res.Unknown, verdict)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// writeWrapped writes text wrapped at width, each line indented.
func writeWrapped(w io.Writer, text, indent string, width int) {
	words := strings.Fields(text)
	line := indent
	for _, word := range words {
		if len(line) > len(indent) && len(line)+1+len(word) > width {
			fmt.Fprintln(w, line)
			line = indent
		}
		if len(line) > len(indent) {
			line += " "
		}
		line += word
	}
	if len(line) > len(indent) {
		fmt.Fprintln(w, line)
	}
}
