// Package linttest runs a rule against fixture directories made from real
// plans, in the style of golang.org/x/tools/go/analysis/analysistest.
//
// A rule's testdata directory holds case directories named bad* and good*,
// each with .tf files and the plan.json that real-plan produced from them.
// In bad cases, every finding must be announced by a comment on the line
// the finding points to:
//
//	acl = "public-read" # want "publicly readable"
//
// Each quoted regular expression matches one finding (several on one line
// for count/for_each instances), against "SEVERITY: MESSAGE", prefixed with
// "unknown: " for findings that depend on values known only after apply. A
// backslash escapes a double quote; other backslashes are part of the regular
// expression. Good cases must produce no finding at all.
//
// Findings that no resource block locates (about the account as a whole,
// linter.AccountAddress, such as a baseline resource the plan lacks, which
// point at the provider block, or about a resource the plan deletes, whose
// block is gone) are announced by a comment anywhere in the case's .tf
// files:
//
//	# want-unlocated "no aws_guardduty_detector"
//
// A case directory whose name contains "baseline" (bad_baseline, ...) is
// checked as the account baseline (linter.Settings.Baseline).
package linttest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// Run checks rule against every case directory in dir. There must be at
// least one bad and one good case.
func Run(t *testing.T, rule *linter.Rule, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("%s: %v", rule.ID, err)
	}
	var bad, good int
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		caseDir := filepath.Join(dir, name)
		switch {
		case strings.HasPrefix(name, "bad"):
			bad++
			t.Run(name, func(t *testing.T) { runCase(t, rule, caseDir, true) })
		case strings.HasPrefix(name, "good"):
			good++
			t.Run(name, func(t *testing.T) { runCase(t, rule, caseDir, false) })
		}
	}
	if bad == 0 || good == 0 {
		t.Errorf("%s: want at least one bad* and one good* case in %s, have %d and %d", rule.ID, dir, bad, good)
	}
}

// Findings loads a case directory's plan and returns the rule's findings,
// located in the case's .tf files.
func Findings(t *testing.T, rule *linter.Rule, caseDir string) []linter.Finding {
	t.Helper()
	p, err := plan.LoadFile(context.Background(), filepath.Join(caseDir, "plan.json"), nil, plan.Options{})
	if err != nil {
		t.Fatalf("loading plan: %v", err)
	}
	ix, err := source.Build(caseDir)
	if err != nil {
		t.Fatalf("indexing source: %v", err)
	}
	settings := linter.DefaultSettings()
	settings.Baseline = strings.Contains(filepath.Base(caseDir), "baseline")
	res, err := linter.Check(context.Background(), []linter.Input{{Plan: p, Source: ix}}, linter.Options{
		Rules:    []*linter.Rule{rule},
		Settings: settings,
		FailOn:   linter.SeverityLow,
		Unknown:  linter.UnknownWarn,
	})
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	return res.Findings
}

type want struct {
	re      *regexp.Regexp
	matched bool
}

type pos struct {
	file string
	line int
}

func runCase(t *testing.T, rule *linter.Rule, caseDir string, isBad bool) {
	t.Helper()
	findings := Findings(t, rule, caseDir)
	if !isBad {
		for _, f := range findings {
			t.Errorf("good case: unexpected finding at %s: %s", where(f), text(f))
		}
		return
	}
	if len(findings) == 0 {
		t.Fatalf("bad case: no findings")
	}
	wants, err := collectWants(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		k := unlocated
		if f.Location != nil && f.Address != linter.AccountAddress {
			k = pos{f.Location.File, f.Location.Line}
		}
		ok := false
		for _, w := range wants[k] {
			if !w.matched && w.re.MatchString(text(f)) {
				w.matched, ok = true, true
				break
			}
		}
		if !ok {
			t.Errorf("%s: unexpected finding: %s", where(f), text(f))
		}
	}
	var keys []pos
	for k := range wants {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].file != keys[j].file {
			return keys[i].file < keys[j].file
		}
		return keys[i].line < keys[j].line
	})
	for _, k := range keys {
		for _, w := range wants[k] {
			if !w.matched && k == unlocated {
				t.Errorf("want-unlocated: no finding without a source location matched %q", w.re)
			} else if !w.matched {
				t.Errorf("%s:%d: no finding matched %q", rel(k.file), k.line, w.re)
			}
		}
	}
}

func text(f linter.Finding) string {
	s := f.Severity.String() + ": " + f.Message
	if f.Unknown {
		s = "unknown: " + s
	}
	return s
}

func where(f linter.Finding) string {
	if f.Location == nil {
		return f.Address
	}
	return fmt.Sprintf("%s:%d (%s)", rel(f.Location.File), f.Location.Line, f.Address)
}

func rel(p string) string { return source.DisplayPath(p) }

// unlocated keys the expectations of findings without a source location.
var unlocated = pos{}

var wantRe = regexp.MustCompile(`^(?:#|//)\s*want(-unlocated)?\s+(.*)$`)

// collectWants reads the want comments of every .tf file under dir.
func collectWants(dir string) (map[pos][]*want, error) {
	out := map[pos][]*want{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tf") {
			return err
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		src, err := os.ReadFile(abs)
		if err != nil {
			return err
		}
		toks, _ := hclsyntax.LexConfig(src, abs, hcl.InitialPos)
		for _, tok := range toks {
			if tok.Type != hclsyntax.TokenComment {
				continue
			}
			m := wantRe.FindStringSubmatch(strings.TrimSpace(string(tok.Bytes)))
			if m == nil {
				continue
			}
			pats, err := quoted(m[2])
			if err != nil || len(pats) == 0 {
				return fmt.Errorf("%s:%d: bad want comment: %v", rel(abs), tok.Range.Start.Line, err)
			}
			for _, p := range pats {
				re, err := regexp.Compile(p)
				if err != nil {
					return fmt.Errorf("%s:%d: %v", rel(abs), tok.Range.Start.Line, err)
				}
				k := pos{abs, tok.Range.Start.Line}
				if m[1] != "" {
					k = unlocated
				}
				out[k] = append(out[k], &want{re: re})
			}
		}
		return nil
	})
	return out, err
}

// quoted splits `"a" "b\"c"` into its strings; \" is a quote, any other
// backslash is kept for the regular expression.
func quoted(s string) ([]string, error) {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		if s[0] != '"' {
			return nil, fmt.Errorf("expected a quoted string at %q", s)
		}
		var b strings.Builder
		i := 1
		for ; i < len(s) && s[i] != '"'; i++ {
			if s[i] == '\\' && i+1 < len(s) && s[i+1] == '"' {
				b.WriteByte('"')
				i++
				continue
			}
			b.WriteByte(s[i])
		}
		if i >= len(s) {
			return nil, fmt.Errorf("unterminated string")
		}
		out = append(out, b.String())
		s = strings.TrimSpace(s[i+1:])
	}
	return out, nil
}
