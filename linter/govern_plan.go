package linter

import (
	"fmt"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// GovernanceFromPlan reads the srm_guardrail, srm_waiver and
// srm_control_owner resources of a plan or state (terraform-provider-srm's
// guardrails as code). Records whose deciding values are known only after
// apply are errors: a guardrail that cannot be read must not be skipped.
func GovernanceFromPlan(p *plan.Plan) (Governance, error) {
	var g Governance
	var problems []string
	bad := func(r *plan.Resource, format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s: %s", r.Address, fmt.Sprintf(format, args...)))
	}
	src := func(r *plan.Resource) string { return r.Address + " in " + p.Name }
	for _, r := range p.OfType("srm_guardrail") {
		if u := unknownAttrs(r, "name", "rules", "controls", "frameworks", "services", "min_severity", "enforcement", "scope"); len(u) > 0 {
			bad(r, "%s known only after apply; srmlint cannot enforce a guardrail it cannot read", strings.Join(u, ", "))
			continue
		}
		gr := Guardrail{
			Name:        r.Get("name").String(),
			Rules:       r.Get("rules").Strings(),
			Controls:    r.Get("controls").Strings(),
			Frameworks:  r.Get("frameworks").Strings(),
			Services:    r.Get("services").Strings(),
			Enforcement: Enforcement(r.Get("enforcement").String()),
			Source:      src(r),
			Scope: Scope{
				Modules:       r.Get("scope.modules").Strings(),
				ResourceTypes: r.Get("scope.resource_types").Strings(),
			},
		}
		if gr.Enforcement == "" {
			gr.Enforcement = Mandatory
		}
		if gr.Enforcement.rank() == 0 {
			bad(r, "enforcement %q is not advisory, mandatory or locked", gr.Enforcement)
			continue
		}
		if s := r.Get("min_severity").String(); s != "" {
			sev, err := ParseSeverity(s)
			if err != nil {
				bad(r, "min_severity: %v", err)
				continue
			}
			gr.MinSeverity = sev
		}
		tags := r.Get("scope.tags")
		for _, k := range tags.Keys() {
			if gr.Scope.Tags == nil {
				gr.Scope.Tags = map[string]string{}
			}
			gr.Scope.Tags[k] = tags.Member(k).String()
		}
		g.Guardrails = append(g.Guardrails, gr)
	}
	for _, r := range p.OfType("srm_waiver") {
		if u := unknownAttrs(r, "rule", "resource", "expires_on"); len(u) > 0 {
			bad(r, "%s known only after apply; srmlint cannot apply a waiver it cannot read", strings.Join(u, ", "))
			continue
		}
		exp, err := ParseDate(r.Get("expires_on").String())
		if err != nil {
			bad(r, "expires_on: %v", err)
			continue
		}
		g.Waivers = append(g.Waivers, Waiver{
			Rule:          r.Get("rule").String(),
			Resource:      r.Get("resource").String(),
			Justification: r.Get("justification").String(),
			Approver:      r.Get("approver").String(),
			ExpiresOn:     exp,
			Source:        src(r),
		})
	}
	for _, r := range p.OfType("srm_control_owner") {
		g.Owners = append(g.Owners, Owner{
			Service:    r.Get("service").String(),
			Area:       r.Get("control_area").String(),
			Team:       r.Get("team").String(),
			Contact:    r.Get("contact").String(),
			Runbook:    r.Get("runbook_url").String(),
			Escalation: r.Get("escalation").String(),
			Source:     src(r),
		})
	}
	if len(problems) > 0 {
		return g, fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return g, nil
}

func unknownAttrs(r *plan.Resource, attrs ...string) []string {
	var out []string
	for _, a := range attrs {
		if r.Get(a).Unknown() {
			out = append(out, a)
		}
	}
	return out
}
