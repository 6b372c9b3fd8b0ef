package linter

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// UnknownPolicy says how findings that depend on values known only after
// apply count.
type UnknownPolicy string

// Unknown policies.
const (
	UnknownFail   UnknownPolicy = "fail"   // they block like any finding
	UnknownWarn   UnknownPolicy = "warn"   // they are reported, never block
	UnknownIgnore UnknownPolicy = "ignore" // they are dropped
)

// ParseUnknownPolicy parses fail, warn or ignore.
func ParseUnknownPolicy(s string) (UnknownPolicy, error) {
	switch p := UnknownPolicy(strings.ToLower(s)); p {
	case UnknownFail, UnknownWarn, UnknownIgnore:
		return p, nil
	}
	return "", fmt.Errorf("unknown value %q for unknown-value policy (want fail, warn or ignore)", s)
}

// Suppression records why a finding does not count.
type Suppression struct {
	Kind      string // "inline" (a srmlint:ignore comment), "waiver" or "baseline"
	Reason    string
	Where     string // the comment's file:line, or where the waiver is defined
	Approver  string // waivers only
	ExpiresOn string // waivers only, YYYY-MM-DD
}

// Input is one plan or state to check, with the source index used to locate
// its findings (nil when no source is available).
type Input struct {
	Plan   *plan.Plan
	Source *source.Index
}

// Options control a Check.
type Options struct {
	Rules    []*Rule // the enabled rules
	AllRules []*Rule // every rule that exists (for validating rule IDs); nil: Rules
	Settings Settings
	FailOn   Severity // findings at or above it block; SeverityNone: nothing blocks
	Unknown  UnknownPolicy
	Parallel int // rule workers; <= 0: GOMAXPROCS
	// Governance holds guardrails, waivers and owners from outside the
	// inputs (the config file, a guardrails plan); those in the inputs'
	// srm_* resources are added to it.
	Governance Governance
	Now        time.Time // the day waivers are checked against; zero: today
	// Severity re-rates rules (from the config file): findings reported at
	// the rule's default severity take the new one.
	Severity map[string]Severity
	// Baseline holds the fingerprints of accepted findings (srmlint
	// baseline): they are suppressed, unless a locked guardrail covers them.
	Baseline map[string]bool
	// Adjust, when set, receives each input's findings before they are
	// located and governed, and returns those to keep (and any to add).
	// Live posture checks use it to replace what the rules saw as absent,
	// because it could not be read, with "could not verify" findings.
	Adjust func(p *plan.Plan, fs []Finding) []Finding
}

// Result is the outcome of checking one or more inputs.
type Result struct {
	Inputs     []*plan.Plan
	Rules      []*Rule
	Findings   []Finding // reported (blocking or not)
	Suppressed []Finding // not counted, with the reason
	FailOn     Severity
	Unknown    UnknownPolicy
	Governance Governance
	// ExpiredWaivers no longer suppress anything; they are listed so that
	// someone renews or removes them.
	ExpiredWaivers []Waiver
}

// Blocking returns the number of blocking findings.
func (r *Result) Blocking() int {
	n := 0
	for _, f := range r.Findings {
		if f.Blocking {
			n++
		}
	}
	return n
}

// Check runs the rules on every input, locates findings in source, applies
// governance (owners, guardrails, waivers) and inline suppressions, and
// decides which findings block.
func Check(ctx context.Context, inputs []Input, opt Options) (*Result, error) {
	if opt.Unknown == "" {
		opt.Unknown = UnknownWarn
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	all := opt.AllRules
	if all == nil {
		all = opt.Rules
	}
	known := map[string]bool{}
	for _, r := range all {
		known[r.ID] = true
	}
	gov := opt.Governance
	for _, in := range inputs {
		if in.Source != nil {
			in.Plan.SetLocals(in.Source.Locals)
			in.Plan.SetExprs(in.Source.AttrExpr)
			in.Plan.SetLocalExprs(in.Source.LocalExpr)
		}
		g, err := GovernanceFromPlan(in.Plan)
		if err != nil {
			return nil, err
		}
		gov.Merge(g)
	}
	if err := gov.Validate(all); err != nil {
		return nil, err
	}
	cov := gov.coverage(all)
	opt.Settings.Owners = gov.Owners
	opt.Settings.Now = opt.Now
	res := &Result{Rules: opt.Rules, FailOn: opt.FailOn, Unknown: opt.Unknown, Governance: gov}
	for _, w := range gov.Waivers {
		if w.Expired(opt.Now) {
			res.ExpiredWaivers = append(res.ExpiredWaivers, w)
		}
	}
	for _, in := range inputs {
		if err := validateIgnores(in.Source, known); err != nil {
			return nil, err
		}
		fs, err := Run(ctx, in.Plan, opt.Rules, opt.Settings, opt.Parallel)
		if err != nil {
			return nil, err
		}
		if opt.Adjust != nil {
			fs = opt.Adjust(in.Plan, fs)
		}
		res.Inputs = append(res.Inputs, in.Plan)
		// Findings that count are kept in fs's own array, in place: large
		// plans have tens of thousands of findings.
		kept := fs[:0]
		for _, f := range fs {
			if f.Unknown && opt.Unknown == UnknownIgnore {
				continue
			}
			if loc, ok := in.Source.Lookup(f.configAddress, f.Attribute); ok {
				f.Location = &loc
			} else if f.Address == AccountAddress && in.Source != nil {
				f.Location = in.Source.Account
			}
			if sev, ok := opt.Severity[f.RuleID]; ok && f.Severity == f.Rule.Severity {
				f.Severity = sev
			}
			f.Owner = gov.owner(f.Rule)
			f.Enforcement, f.Guardrail = gov.enforcement(&f, cov)
			if s := suppression(&gov, in.Source, opt.Baseline, &f, opt.Now); s != nil {
				if f.Enforcement != Locked {
					f.Suppression = s
					res.Suppressed = append(res.Suppressed, f)
					continue
				}
				f.Note = fmt.Sprintf("The %s at %s does not apply: guardrail %q is locked, and no exception can lift it.", s.Kind, s.Where, f.Guardrail)
			}
			f.Blocking = blocks(&f, opt)
			kept = append(kept, f)
		}
		if res.Findings == nil {
			res.Findings = kept
		} else {
			res.Findings = append(res.Findings, kept...)
		}
	}
	SortFindings(res.Findings)
	SortFindings(res.Suppressed)
	return res, nil
}

// blocks decides whether a finding counts toward the exit status: a
// guardrail's enforcement when one covers it, else the severity threshold;
// findings that depend on unknown values block only with --unknown=fail.
func blocks(f *Finding, opt Options) bool {
	if f.Unknown && opt.Unknown != UnknownFail {
		return false
	}
	switch f.Enforcement {
	case Advisory:
		return false
	case Mandatory, Locked:
		return true
	}
	return opt.FailOn != SeverityNone && f.Severity >= opt.FailOn
}

// suppression returns the inline comment, unexpired waiver or baseline entry
// that would suppress f, if any; a finding covered only by expired waivers
// gets a note.
func suppression(gov *Governance, ix *source.Index, baseline map[string]bool, f *Finding, now time.Time) *Suppression {
	for _, ig := range ix.Ignores(f.configAddress) {
		if ig.RuleID == f.RuleID {
			return &Suppression{Kind: "inline", Reason: ig.Reason, Where: fmt.Sprintf("%s:%d", source.DisplayPath(ig.Loc.File), ig.Loc.Line)}
		}
	}
	for _, w := range gov.Waivers {
		if !w.matches(f) {
			continue
		}
		if w.Expired(now) {
			f.Note = fmt.Sprintf("The waiver at %s (approved by %s) expired on %s.", w.Source, w.Approver, w.ExpiresOn.Format(time.DateOnly))
			continue
		}
		return &Suppression{Kind: "waiver", Reason: w.Justification, Where: w.Source, Approver: w.Approver, ExpiresOn: w.ExpiresOn.Format(time.DateOnly)}
	}
	if baseline[f.Fingerprint()] {
		return &Suppression{Kind: "baseline", Reason: "accepted when srmlint was adopted (srmlint baseline)", Where: "baseline file"}
	}
	return nil
}

// validateIgnores fails closed on suppression comments that cannot be
// honoured: a typo in a rule ID must not silently leave a finding
// unsuppressed or, worse, look like it suppressed one.
func validateIgnores(ix *source.Index, known map[string]bool) error {
	if ix == nil {
		return nil
	}
	var problems []string
	for _, ig := range ix.Malformed {
		what := "needs a rule ID and a reason: # srmlint:ignore <rule-id> <reason>"
		switch {
		case ig.Detached:
			what = "is not on the lines directly above a resource block or inside one, so it suppresses nothing; move it"
		case ig.RuleID != "":
			what = fmt.Sprintf("for %s has no reason; a reason is required: # srmlint:ignore %s <reason>", ig.RuleID, ig.RuleID)
		}
		problems = append(problems, fmt.Sprintf("%s:%d: srmlint:ignore %s", source.DisplayPath(ig.Loc.File), ig.Loc.Line, what))
	}
	for _, ig := range ix.AllIgnores() {
		if !known[ig.RuleID] {
			problems = append(problems, fmt.Sprintf("%s:%d: srmlint:ignore names unknown rule %q (see `srmlint rules`)", source.DisplayPath(ig.Loc.File), ig.Loc.Line, ig.RuleID))
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return &SourceError{Problems: problems}
	}
	return nil
}

// SourceError reports suppression comments that cannot be honoured.
type SourceError struct{ Problems []string }

func (e *SourceError) Error() string { return strings.Join(e.Problems, "\n") }
