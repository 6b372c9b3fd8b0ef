package linter

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// Enforcement levels of a guardrail.
type Enforcement string

// Enforcement levels, weakest first.
const (
	Advisory  Enforcement = "advisory"  // report, never block
	Mandatory Enforcement = "mandatory" // block unless waived
	Locked    Enforcement = "locked"    // block; no waiver or suppression lifts it
)

// Enforcements lists the valid enforcement levels.
var Enforcements = []Enforcement{Advisory, Mandatory, Locked}

func (e Enforcement) rank() int {
	switch e {
	case Advisory:
		return 1
	case Mandatory:
		return 2
	case Locked:
		return 3
	}
	return 0
}

// Scope limits a guardrail to some resources. Empty fields match everything.
type Scope struct {
	Modules       []string          // module instance address patterns ("" or "root" is the root module)
	ResourceTypes []string          // resource type patterns, e.g. "aws_s3_*"
	Tags          map[string]string // tag key -> value pattern; all must match
}

// Guardrail selects rules (by rule ID, control ID, framework, service and
// minimum severity) and says how findings of those rules are enforced in
// its scope. Codified as srm_guardrail resources or in .srmlint.hcl.
type Guardrail struct {
	Name        string
	Rules       []string // rule IDs
	Controls    []string // control IDs: Security Hub ("S3.8") or framework-qualified ("cis_v3.0.0:2.1.4")
	Frameworks  []string // framework keys, e.g. "fsbp"
	Services    []string // matrix services, e.g. "S3"
	MinSeverity Severity
	Scope       Scope
	Enforcement Enforcement
	Source      string // where it is defined, for messages
}

// Select returns the rules of all that the guardrail covers. Unknown rule
// IDs, control IDs, frameworks and services are errors: a typo must not make
// a guardrail silently cover nothing.
func (g *Guardrail) Select(all []*Rule) ([]*Rule, error) {
	byID := map[string]*Rule{}
	for _, r := range all {
		byID[r.ID] = r
	}
	var problems []string
	for _, id := range g.Rules {
		if byID[id] == nil {
			problems = append(problems, fmt.Sprintf("unknown rule %q", id))
		}
	}
	for _, c := range g.Controls {
		if !controlKnown(c, all) {
			problems = append(problems, fmt.Sprintf("unknown control %q (use a Security Hub control ID such as \"S3.8\", or framework:id such as \"cis_v3.0.0:2.1.4\")", c))
		}
	}
	for _, f := range g.Frameworks {
		if !slices.Contains(catalog.Frameworks, f) {
			problems = append(problems, fmt.Sprintf("unknown framework %q (want one of %s)", f, strings.Join(catalog.Frameworks, ", ")))
		}
	}
	for _, s := range g.Services {
		if catalog.CanonicalService(s) == "" {
			problems = append(problems, fmt.Sprintf("unknown service %q (want one of %s)", s, strings.Join(catalog.Services(), ", ")))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("guardrail %q: %s", g.Name, strings.Join(problems, "; "))
	}
	var out []*Rule
	for _, r := range all {
		if g.covers(r) {
			out = append(out, r)
		}
	}
	return out, nil
}

// covers reports whether the guardrail selects rule r. Selectors of
// different kinds add up; a guardrail without any selector covers every
// rule at or above its minimum severity.
func (g *Guardrail) covers(r *Rule) bool {
	if r.Severity < g.MinSeverity {
		return false
	}
	if len(g.Rules)+len(g.Controls)+len(g.Frameworks)+len(g.Services) == 0 {
		return true
	}
	if slices.Contains(g.Rules, r.ID) {
		return true
	}
	m := r.Mappings()
	for _, c := range g.Controls {
		if fw, id, ok := strings.Cut(c, ":"); ok {
			if slices.Contains(m[fw], id) {
				return true
			}
		} else if containsFold(m[catalog.FrameworkSecurityHub], c) {
			return true
		}
	}
	for _, f := range g.Frameworks {
		if len(m[f]) > 0 {
			return true
		}
	}
	for _, s := range g.Services {
		if strings.EqualFold(s, r.Service) {
			return true
		}
	}
	return false
}

func controlKnown(c string, all []*Rule) bool {
	if fw, id, ok := strings.Cut(c, ":"); ok {
		if !slices.Contains(catalog.Frameworks, fw) {
			return false
		}
		for _, r := range all {
			if slices.Contains(r.Mappings()[fw], id) {
				return true
			}
		}
		for _, ctl := range catalog.Controls() {
			if slices.Contains(ctl.Mappings()[fw], id) {
				return true
			}
		}
		return false
	}
	_, ok := catalog.LookupControl(c)
	return ok
}

// inScope reports whether a finding's resource is in the guardrail's scope.
func (s *Scope) inScope(f *Finding) bool {
	if len(s.Modules) > 0 {
		ok := false
		for _, m := range s.Modules {
			if (m == "" || m == "root") && f.Module == "" || m != "" && m != "root" && (globMatch(m, f.Module) || strings.HasPrefix(f.Module, m+".")) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if len(s.ResourceTypes) > 0 {
		ok := false
		for _, t := range s.ResourceTypes {
			if globMatch(t, f.Type) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for k, v := range s.Tags {
		tv, ok := f.tag(k)
		if !ok || !globMatch(v, tv) {
			return false
		}
	}
	return true
}

// Waiver is a granted exception: findings of a rule on matching resources
// do not count until the waiver expires. It never lifts a locked guardrail.
type Waiver struct {
	Rule          string
	Resource      string // resource address pattern; * matches any run of characters
	Justification string
	Approver      string
	ExpiresOn     time.Time // the last day the waiver holds (UTC date)
	Source        string
}

// Expired reports whether the waiver no longer holds on the given day.
func (w *Waiver) Expired(now time.Time) bool {
	return now.UTC().Truncate(24 * time.Hour).After(w.ExpiresOn)
}

func (w *Waiver) matches(f *Finding) bool {
	return w.Rule == f.RuleID && (globMatch(w.Resource, f.Address) || globMatch(w.Resource, f.configAddress))
}

// ParseDate parses a YYYY-MM-DD date (or an RFC 3339 timestamp) as used by
// expires_on and review dates.
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	return t.UTC().Truncate(24 * time.Hour), nil
}

// Owner says who in the organisation owns a control area and/or service:
// the codified "customer" cells of the responsibility matrix.
type Owner struct {
	Service    string // "" = any service
	Area       string // "" = any control area
	Team       string
	Contact    string
	Runbook    string
	Escalation string
	Source     string
}

// specificity ranks owners: service and area, then area, then service.
func (o *Owner) specificity() int {
	n := 0
	if o.Area != "" {
		n += 2
	}
	if o.Service != "" {
		n++
	}
	return n
}

func (o *Owner) matches(r *Rule) bool {
	return (o.Service == "" || strings.EqualFold(o.Service, r.Service)) && (o.Area == "" || o.Area == r.Area)
}

// Governance is the set of guardrails, waivers and owners in force.
type Governance struct {
	Guardrails []Guardrail
	Waivers    []Waiver
	Owners     []Owner
}

// Merge appends another governance set.
func (g *Governance) Merge(o Governance) {
	g.Guardrails = append(g.Guardrails, o.Guardrails...)
	g.Waivers = append(g.Waivers, o.Waivers...)
	g.Owners = append(g.Owners, o.Owners...)
}

// Validate checks every guardrail's selectors against the rules.
func (g *Governance) Validate(all []*Rule) error {
	var problems []string
	for i := range g.Guardrails {
		if _, err := g.Guardrails[i].Select(all); err != nil {
			problems = append(problems, err.Error()+" ("+g.Guardrails[i].Source+")")
		}
	}
	byID := map[string]bool{}
	for _, r := range all {
		byID[r.ID] = true
	}
	for _, w := range g.Waivers {
		if !byID[w.Rule] {
			problems = append(problems, fmt.Sprintf("waiver for unknown rule %q (%s)", w.Rule, w.Source))
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return nil
}

// owner returns the most specific owner of a rule's control area.
func (g *Governance) owner(r *Rule) *Owner {
	var best *Owner
	for i := range g.Owners {
		o := &g.Owners[i]
		if o.matches(r) && (best == nil || o.specificity() > best.specificity()) {
			best = o
		}
	}
	return best
}

// coverage is, per guardrail, the set of rule IDs it covers.
type coverage []map[string]bool

// coverage computes which rules each guardrail covers, once per check.
func (g *Governance) coverage(all []*Rule) coverage {
	c := make(coverage, len(g.Guardrails))
	for i := range g.Guardrails {
		c[i] = map[string]bool{}
		for _, r := range all {
			if g.Guardrails[i].covers(r) {
				c[i][r.ID] = true
			}
		}
	}
	return c
}

// enforcement returns the strongest enforcement of the guardrails that
// cover a finding, and the guardrail it comes from ("" when none covers it).
func (g *Governance) enforcement(f *Finding, cov coverage) (Enforcement, string) {
	var best Enforcement
	var name string
	for i := range g.Guardrails {
		gr := &g.Guardrails[i]
		if cov[i][f.RuleID] && gr.Enforcement.rank() > best.rank() && gr.Scope.inScope(f) {
			best, name = gr.Enforcement, gr.Name
		}
	}
	return best, name
}

// globMatch matches resource addresses and types against patterns with *
// and ?, with the policy engine's matcher (case-sensitive).
func globMatch(pattern, s string) bool { return policy.MatchCase(pattern, s) }

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
