package report

import (
	"encoding/json"
	"io"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// GitLab code quality report (the Code Climate subset GitLab reads).
type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
}

func gitlabSeverity(s linter.Severity) string {
	switch s {
	case linter.SeverityCritical:
		return "critical"
	case linter.SeverityHigh:
		return "major"
	case linter.SeverityMedium:
		return "minor"
	}
	return "info"
}

// WriteGitLab writes a GitLab code quality report: one issue per finding
// (unlocated findings point at the input file, line 1).
func WriteGitLab(w io.Writer, res *linter.Result) error {
	issues := []gitlabIssue{}
	for i := range res.Findings {
		f := &res.Findings[i]
		loc := gitlabLocation{Path: source.DisplayPath(f.Input), Lines: gitlabLines{Begin: 1}}
		if l := f.Location; l != nil {
			loc = gitlabLocation{Path: source.DisplayPath(l.File), Lines: gitlabLines{Begin: l.Line}}
		}
		issues = append(issues, gitlabIssue{
			Description: f.Address + ": " + f.Message,
			CheckName:   f.RuleID,
			Fingerprint: f.Fingerprint(),
			Severity:    gitlabSeverity(f.Severity),
			Location:    loc,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}
