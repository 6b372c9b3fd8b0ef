package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// WriteGitHub writes GitHub Actions workflow commands, one annotation per
// finding: ::error for blocking findings, ::warning or ::notice otherwise.
func WriteGitHub(w io.Writer, res *linter.Result) error {
	bw := bufio.NewWriter(w)
	for i := range res.Findings {
		f := &res.Findings[i]
		level := "notice"
		switch {
		case f.Blocking:
			level = "error"
		case f.Severity >= linter.SeverityMedium:
			level = "warning"
		}
		props := []string{}
		if l := f.Location; l != nil {
			props = append(props,
				"file="+ghProperty(source.DisplayPath(l.File)),
				fmt.Sprintf("line=%d", l.Line), fmt.Sprintf("endLine=%d", l.EndLine))
			if l.Line == l.EndLine {
				props = append(props, fmt.Sprintf("col=%d", l.Column), fmt.Sprintf("endColumn=%d", l.EndColumn))
			}
		}
		props = append(props, "title="+ghProperty(fmt.Sprintf("srmlint %s (%s)", f.RuleID, f.Severity)))
		msg := f.Address + ": " + f.Message
		if f.Owner != nil {
			msg += " Owner: " + f.Owner.Team + "."
		}
		if f.Note != "" {
			msg += " " + f.Note
		}
		fmt.Fprintf(bw, "::%s %s::%s\n", level, strings.Join(props, ","), ghData(msg))
	}
	s := summarize(res)
	fmt.Fprintf(bw, "::notice title=srmlint::%s\n", ghData(fmt.Sprintf("%d findings, %d blocking, %d suppressed (fail-on %s)", s.Findings, s.Blocking, s.Suppressed, res.FailOn)))
	return bw.Flush()
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
