// Package linter is srmlint's engine: rules are struct values that inspect a
// plan model and report findings; Run executes them (in parallel, with
// panics contained) and returns findings in a deterministic order.
//
// The package imports no Terraform plugin framework code, so the CLI and
// the provider share it.
package linter

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// Severity ranks findings as AWS Security Hub does.
type Severity int

// Severities, lowest first. SeverityNone is only a threshold ("fail on
// nothing").
const (
	SeverityNone Severity = iota
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

// Severities lists the finding severities, highest first.
var Severities = []Severity{SeverityCritical, SeverityHigh, SeverityMedium, SeverityLow}

func (s Severity) String() string {
	switch s {
	case SeverityLow:
		return "low"
	case SeverityMedium:
		return "medium"
	case SeverityHigh:
		return "high"
	case SeverityCritical:
		return "critical"
	}
	return "none"
}

// ParseSeverity parses critical, high, medium, low or none (any case).
func ParseSeverity(s string) (Severity, error) {
	for _, v := range []Severity{SeverityNone, SeverityLow, SeverityMedium, SeverityHigh, SeverityCritical} {
		if strings.EqualFold(s, v.String()) {
			return v, nil
		}
	}
	return SeverityNone, fmt.Errorf("unknown severity %q (want critical, high, medium, low or none)", s)
}

// MarshalText writes the severity name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText parses a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// Rule is one check. Rules are plain struct values: their metadata feeds the
// docs, SARIF, `srmlint explain` and the provider's control catalog.
type Rule struct {
	// ID is stable and lowercase (e.g. "s3_bucket_public_access_block"); it is
	// the config key, the suppression token and the SARIF ruleId. Never
	// rename one.
	ID    string
	Title string // one line, says what good looks like
	// Severity is the default; a rule may report some findings at another
	// severity (for example notes about what it cannot verify).
	Severity Severity
	Service  string // a service of the responsibility matrix, e.g. "S3"
	Area     string // a control area of the matrix, e.g. "encryption_at_rest"
	// Controls are the AWS Security Hub control IDs the rule implements;
	// their CIS, NIST and ISO mappings come from the catalog.
	Controls []string
	// Extra maps frameworks to IDs for rules that no Security Hub control
	// covers (or that cover more than it), e.g. {"nist_800_53_r5": {"AC-6"}}.
	Extra       map[string][]string
	Explanation string // markdown: what is checked and why it matters
	Remediation string // markdown with a Terraform snippet
	Links       []string
	Check       func(*Pass)

	mappingsOnce sync.Once
	mappings     map[string][]string
}

// Mappings returns the rule's control IDs per framework, merged from its
// Security Hub controls and Extra, sorted and without duplicates. The map
// is computed once and shared: callers must not modify it.
func (r *Rule) Mappings() map[string][]string {
	r.mappingsOnce.Do(func() { r.mappings = r.computeMappings() })
	return r.mappings
}

func (r *Rule) computeMappings() map[string][]string {
	m := map[string][]string{}
	for _, id := range r.Controls {
		c, ok := catalog.LookupControl(id)
		if !ok {
			continue
		}
		for k, v := range c.Mappings() {
			m[k] = append(m[k], v...)
		}
	}
	for k, v := range r.Extra {
		m[k] = append(m[k], v...)
	}
	for k, v := range m {
		m[k] = uniqueSorted(k, v)
	}
	return m
}

func uniqueSorted(framework string, v []string) []string {
	seen := map[string]bool{}
	out := v[:0:0]
	for _, s := range v {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if framework == catalog.FrameworkFSBP || framework == catalog.FrameworkSecurityHub {
		sort.Slice(out, func(i, j int) bool { return catalog.ControlLess(out[i], out[j]) })
	} else {
		sort.Strings(out)
	}
	return out
}

// Responsibility returns who owns the rule's control area for its service,
// per the Shared Responsibility matrix (aws, customer, shared), or "" when
// the matrix has no such cell.
func (r *Rule) Responsibility() string {
	row, ok := catalog.Responsibility(r.Service, r.Area)
	if !ok {
		return ""
	}
	return row.Owner
}

// Finding is one problem a rule found on one resource instance.
type Finding struct {
	Rule      *Rule
	RuleID    string
	Severity  Severity
	Input     string // the plan or state it came from
	Address   string
	Type      string
	Module    string // module instance address, "" for the root module
	Attribute string // attribute path, "" for the resource as a whole
	Action    plan.Action
	Message   string
	// Unknown is set when the value that decides the finding is known only
	// after apply; the finding says which value.
	Unknown bool

	// Set by Check after the rules ran:
	Location    *source.Location // where the resource (or attribute) is defined
	Blocking    bool             // counts toward the exit status
	Suppression *Suppression     // why the finding does not count, if it does not
	Owner       *Owner           // the team that owns the rule's control area, if codified
	Enforcement Enforcement      // of the strongest guardrail covering it ("" when none)
	Guardrail   string           // that guardrail's name
	// Note says why a suppression was refused (a locked guardrail) or that
	// a waiver has expired.
	Note string

	configAddress string         // where to look the resource up in source
	resource      *plan.Resource // nil for account findings; its tags scope guardrails
}

// ConfigAddress is the resource's configuration address (no instance keys),
// used to find it in the source.
func (f *Finding) ConfigAddress() string { return f.configAddress }

// Pass is what a rule's Check receives: the plan and a way to report.
type Pass struct {
	Plan     *plan.Plan
	Rule     *Rule
	Settings *Settings
	findings []Finding
}

// Settings are the rule parameters users can configure.
type Settings struct {
	// ClassificationTag is the tag key that carries a data store's
	// classification level.
	ClassificationTag string
	// ClassificationLevels maps each classification level (lower case; tag
	// values match it in any case) to what it requires of a data store.
	ClassificationLevels map[string][]Requirement
	// Baseline marks the inputs as the account baseline: the workspace that
	// manages account-level resources (CloudTrail, GuardDuty, Config, ...).
	// Rules report such resources as missing only there; any other plan
	// without them proves nothing, since they live in another state.
	Baseline bool
	// Owners are the control owners in force; Check sets them from the
	// governance (srm_control_owner resources, guardrail inputs), so that
	// rules can check incident-response readiness.
	Owners []Owner
	// Now is the time the rules judge dates against (certificate expiry);
	// Check sets it from Options.Now. Zero means the current time.
	Now time.Time
}

// Time returns Now, or the current time when Now is not set.
func (s *Settings) Time() time.Time {
	if s.Now.IsZero() {
		return time.Now()
	}
	return s.Now
}

// DefaultSettings returns the settings used when nothing is configured.
func DefaultSettings() Settings {
	return Settings{ClassificationTag: "DataClassification", ClassificationLevels: DefaultClassificationLevels()}
}

// Report records a finding on r at the rule's severity. attr is the
// attribute path the finding is about ("" for the whole resource).
func (p *Pass) Report(r *plan.Resource, attr, format string, args ...any) {
	p.report(r, attr, p.Rule.Severity, false, format, args...)
}

// ReportSeverity records a finding at a severity other than the rule's.
func (p *Pass) ReportSeverity(sev Severity, r *plan.Resource, attr, format string, args ...any) {
	p.report(r, attr, sev, false, format, args...)
}

// ReportUnknown records that the rule cannot decide because a value is
// known only after apply; the message must name that value.
func (p *Pass) ReportUnknown(r *plan.Resource, attr, format string, args ...any) {
	p.report(r, attr, p.Rule.Severity, true, format, args...)
}

// AccountAddress is the address of findings about the account as a whole,
// such as a baseline resource that the plan lacks. No source block locates
// them; waivers and guardrail scopes match them by this address and by the
// resource type they name.
const AccountAddress = "account"

// ReportAccount records a finding about the account rather than one
// resource instance, at the rule's severity: typ is the resource type the
// finding is about (usually the one that is missing).
func (p *Pass) ReportAccount(typ, format string, args ...any) {
	p.findings = append(p.findings, Finding{
		Rule:     p.Rule,
		RuleID:   p.Rule.ID,
		Severity: p.Rule.Severity,
		Input:    p.Plan.Name,
		Address:  AccountAddress,
		Type:     typ,
		Action:   plan.ActionNone,
		Message:  p.Plan.Redact(fmt.Sprintf(format, args...)),
	})
}

func (p *Pass) report(r *plan.Resource, attr string, sev Severity, unknown bool, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	p.findings = append(p.findings, Finding{
		Rule:          p.Rule,
		RuleID:        p.Rule.ID,
		Severity:      sev,
		Input:         p.Plan.Name,
		Address:       r.Address,
		Type:          r.Type,
		Module:        r.Module,
		Attribute:     attr,
		Action:        r.Action,
		Message:       p.Plan.Redact(msg),
		Unknown:       unknown,
		configAddress: r.ConfigAddress,
		resource:      r,
	})
}

// tag returns the known value of a tag of the finding's resource (from
// tags_all, which includes provider default_tags, else tags).
func (f *Finding) tag(key string) (string, bool) {
	if f.resource == nil {
		return "", false
	}
	v := f.resource.Get("tags_all")
	if len(v.Keys()) == 0 {
		v = f.resource.Get("tags")
	}
	return v.Member(key).Str()
}

// SortFindings orders findings by input, address, rule, attribute and message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Input != b.Input {
			return a.Input < b.Input
		}
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		if a.Attribute != b.Attribute {
			return a.Attribute < b.Attribute
		}
		return a.Message < b.Message
	})
}

// Fingerprint identifies a finding across runs: the rule, the resource
// address and the attribute, hashed. It survives lines moving and messages
// being reworded; it changes when the resource is renamed.
func (f *Finding) Fingerprint() string {
	sum := sha256.Sum256([]byte("srmlint/v1\x00" + f.RuleID + "\x00" + f.Address + "\x00" + f.Attribute))
	return hex.EncodeToString(sum[:16])
}
