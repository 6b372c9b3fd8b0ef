package catalog

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// PrivescPath is one IAM privilege-escalation method: a set of actions that,
// granted together without resource constraints, let a principal raise its
// own privileges.
type PrivescPath struct {
	ID       string   // e.g. "RHINO-03"
	Name     string   // e.g. "Passing a role to a new EC2 instance"
	Actions  []string // required actions, all needed together, as "service:Action"
	Optional []string // actions that some variants also use
	Sources  string   // where the path is documented
	URL      string   // pathfinding.cloud page, when there is one
	Notes    string
}

// actionRe matches "service:Action" tokens in the required_actions column.
var actionRe = regexp.MustCompile(`[a-zA-Z0-9-]+:[A-Za-z0-9*]+`)

func loadPrivesc() ([]PrivescPath, error) {
	rows, err := readTSV("privesc.tsv", 10)
	if err != nil {
		return nil, err
	}
	out := make([]PrivescPath, 0, len(rows))
	for i, r := range rows {
		req := r["required_actions"]
		// "(+ dynamodb:PutItem, ... possibly)": optional extras, not required.
		main, opt, _ := strings.Cut(req, "(")
		p := PrivescPath{
			ID:       r["id"],
			Name:     r["name"],
			Actions:  actionRe.FindAllString(main, -1),
			Optional: actionRe.FindAllString(opt, -1),
			Sources:  r["sources"],
			URL:      strings.TrimSpace(strings.Split(r["pathfinding_url"], "|")[0]),
			Notes:    r["notes"],
		}
		if p.ID == "" || len(p.Actions) == 0 {
			return nil, fmt.Errorf("catalog: privesc.tsv:%d: no id or no actions", i+2)
		}
		out = append(out, p)
	}
	return out, nil
}

// PrivescPaths returns every privilege-escalation path, in file order. The
// slice is shared (rules ask for it once per principal): do not modify it.
func PrivescPaths() []PrivescPath {
	load()
	return slices.Clip(privesc)
}

// AccessAnalyzerCheck is one IAM Access Analyzer policy-validation check.
type AccessAnalyzerCheck struct {
	FindingType string // ERROR, SECURITY_WARNING, WARNING or SUGGESTION
	Title       string
	IssueCode   string
}

func loadAccessAnalyzer() ([]AccessAnalyzerCheck, error) {
	rows, err := readTSV("access_analyzer_checks.tsv", 3)
	if err != nil {
		return nil, err
	}
	out := make([]AccessAnalyzerCheck, 0, len(rows))
	for _, r := range rows {
		var code string
		for k, v := range r {
			if strings.HasPrefix(k, "issue_code") {
				code = v
			}
		}
		out = append(out, AccessAnalyzerCheck{FindingType: r["finding_type"], Title: r["check_title"], IssueCode: code})
	}
	return out, nil
}

// AccessAnalyzerChecks returns the Access Analyzer policy checks, in file order.
func AccessAnalyzerChecks() []AccessAnalyzerCheck {
	load()
	return append([]AccessAnalyzerCheck(nil), aaChecks...)
}
