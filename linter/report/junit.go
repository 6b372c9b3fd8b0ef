package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure"`
	Skipped   *junitSkipped `xml:"skipped"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// WriteJUnit writes one test suite per enabled rule and one test case per
// rule and resource: a failure when a finding on it blocks, a pass with
// the findings in system-out when they do not, skipped when suppressed. A
// rule without findings has one passing test case.
func WriteJUnit(w io.Writer, res *linter.Result) error {
	type key struct{ rule, addr string }
	byRule := map[string][]key{}
	cases := map[key]*junitCase{}
	add := func(f *linter.Finding) {
		k := key{f.RuleID, f.Address}
		c := cases[k]
		if c == nil {
			c = &junitCase{Name: f.Address, ClassName: f.RuleID}
			if l := f.Location; l != nil {
				c.File, c.Line = source.DisplayPath(l.File), l.Line
			}
			cases[k] = c
			byRule[f.RuleID] = append(byRule[f.RuleID], k)
		}
		text := fmt.Sprintf("%s %s: %s", strings.ToUpper(f.Severity.String()), f.Address, f.Message)
		if f.Note != "" {
			text += " " + f.Note
		}
		switch {
		case f.Suppression != nil:
			if c.Failure == nil && c.SystemOut == "" {
				c.Skipped = &junitSkipped{Message: fmt.Sprintf("%s: %s", f.Suppression.Kind, f.Suppression.Reason)}
			}
		case f.Blocking:
			c.Skipped = nil
			if c.Failure == nil {
				c.Failure = &junitFailure{Message: firstSentence(f.Message), Type: f.Severity.String()}
			}
			c.Failure.Text = strings.TrimSpace(c.Failure.Text + "\n" + text)
		default:
			c.Skipped = nil
			c.SystemOut = strings.TrimSpace(c.SystemOut + "\n" + text + " (not blocking)")
		}
	}
	for i := range res.Findings {
		add(&res.Findings[i])
	}
	for i := range res.Suppressed {
		add(&res.Suppressed[i])
	}
	out := junitSuites{Name: "srmlint"}
	for _, r := range res.Rules {
		s := junitSuite{Name: r.ID}
		for _, k := range byRule[r.ID] {
			c := cases[k]
			s.Cases = append(s.Cases, *c)
			if c.Failure != nil {
				s.Failures++
			}
			if c.Skipped != nil {
				s.Skipped++
			}
		}
		if len(s.Cases) == 0 {
			s.Cases = []junitCase{{Name: "no findings", ClassName: r.ID}}
		}
		s.Tests = len(s.Cases)
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Skipped += s.Skipped
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// firstSentence is a message's first sentence, for one-line summaries.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i+1]
	}
	return s
}
