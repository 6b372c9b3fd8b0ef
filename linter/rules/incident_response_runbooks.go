package rules

import (
	"sort"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// IncidentResponseRunbooks checks, in the account baseline, that every
// critical control area has an owner with a runbook.
var IncidentResponseRunbooks = withDoc(&linter.Rule{
	ID:       "incident_response_runbooks",
	Title:    "Every critical control area has an owner with an incident-response runbook",
	Severity: linter.SeverityMedium,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Extra: map[string][]string{
		"nist_800_53_r5": {"IR-4", "IR-8"},
		"iso_27001_2022": {"A.5.24", "A.5.26"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/whitepapers/latest/aws-security-incident-response-guide/preparation.html",
	},
	Check: checkIncidentResponseRunbooks,
})

// criticalAreas are the control areas of the critical rules: where a finding
// means an incident that someone must own and respond to. Computed in init,
// since the list depends on every rule, this one included.
var criticalAreas []string

func init() {
	seen := map[string]bool{}
	for _, r := range All() {
		if r.Severity == linter.SeverityCritical && !seen[r.Area] {
			seen[r.Area] = true
			criticalAreas = append(criticalAreas, r.Area)
		}
	}
	sort.Strings(criticalAreas)
}

func checkIncidentResponseRunbooks(pass *linter.Pass) {
	if !pass.Settings.Baseline {
		return // ownership is codified once, for the organisation
	}
	for _, area := range criticalAreas {
		covered := false
		for _, o := range pass.Settings.Owners {
			// an owner of the area for one service, or of everything
			if (o.Area == area || o.Area == "" && o.Service == "") && o.Runbook != "" {
				covered = true
			}
		}
		if covered {
			continue
		}
		var withoutRunbook []*plan.Resource
		for _, r := range pass.Plan.OfType("srm_control_owner") {
			if r.Get("control_area").String() == area {
				withoutRunbook = append(withoutRunbook, r)
			}
		}
		for _, r := range withoutRunbook {
			pass.Report(r, "", "Control owner %s owns the critical control area %s but has no runbook_url: when a critical finding or alarm in this area fires, the on-call engineer has no agreed first steps (contain, preserve evidence, escalate). Set runbook_url to the area's incident-response runbook.", r.Address, area)
		}
		if len(withoutRunbook) == 0 {
			pass.ReportAccount("srm_control_owner", "No srm_control_owner with a runbook_url covers the critical control area %s, so a critical finding or security alarm there has no owning team and no agreed response. Add an srm_control_owner with control_area = %q, the owning team and its runbook_url.", area, area)
		}
	}
}
