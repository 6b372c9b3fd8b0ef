// Package config reads .srmlint.hcl, srmlint's configuration file: the
// blocking threshold, rules turned off or re-rated, the classification tag,
// the findings baseline file, and guardrails, owners and waivers with the
// same meaning as the provider's srm_* resources, for teams that do not use
// the provider. Every problem is reported with its file, line and column.
//
//	fail_on            = "high"
//	unknown            = "warn"
//	classification_tag = "DataClassification"
//	baseline_file      = ".srmlint-baseline.json"
//
//	rule "s3_bucket_versioning" {
//	  enabled = false
//	}
//	rule "s3_bucket_public_access_block" {
//	  severity = "critical"
//	}
//	guardrail "no-public-data" {
//	  controls    = ["S3.2", "S3.3"]
//	  enforcement = "locked"
//	}
//	owner {
//	  service      = "S3"
//	  control_area = "encryption_at_rest"
//	  team         = "team-data"
//	  runbook_url  = "https://runbooks.example.com/s3"
//	}
//	waiver {
//	  rule          = "s3_bucket_public_read"
//	  resource      = "module.site.aws_s3_bucket_policy.this"
//	  justification = "Public website until WEB-142."
//	  approver      = "security@example.com"
//	  expires_on    = "2027-03-31"
//	}
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

// FileName is the configuration file srmlint looks for.
const FileName = ".srmlint.hcl"

// Config is a parsed configuration file.
type Config struct {
	Path              string
	FailOn            *linter.Severity
	Unknown           *linter.UnknownPolicy
	ClassificationTag string
	// BaselineFile is the findings baseline (srmlint baseline), resolved
	// against the config file's directory.
	BaselineFile string
	// AccountBaseline lists directory patterns (relative to the config
	// file) of the workspaces that manage account-level settings.
	AccountBaseline []string
	Disabled        map[string]bool
	Severity        map[string]linter.Severity
	Governance      linter.Governance
}

// IsAccountBaseline reports whether a plan file lies in a workspace the
// configuration names in account_baseline (directory patterns relative to
// the configuration file). A nil configuration names none.
func (c *Config) IsAccountBaseline(planFile string) bool {
	if c == nil || len(c.AccountBaseline) == 0 {
		return false
	}
	abs, err := filepath.Abs(filepath.Dir(planFile))
	if err != nil {
		return false
	}
	base, err := filepath.Abs(filepath.Dir(c.Path))
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil {
		return false
	}
	for _, pattern := range c.AccountBaseline {
		if ok, _ := path.Match(strings.TrimSuffix(pattern, "/"), filepath.ToSlash(rel)); ok {
			return true
		}
	}
	return false
}

// Error is a configuration problem with its position(s).
type Error struct {
	Diags hcl.Diagnostics
}

func (e *Error) Error() string {
	var lines []string
	for _, d := range e.Diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		if d.Subject != nil {
			msg = fmt.Sprintf("%s:%d,%d: %s", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, msg)
		}
		lines = append(lines, msg)
	}
	return strings.Join(lines, "\n")
}

// Find looks for .srmlint.hcl in dir and its parents.
func Find(dir string) (string, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(abs, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", false
		}
		abs = parent
	}
}

var rootSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "fail_on"}, {Name: "unknown"}, {Name: "classification_tag"}, {Name: "baseline_file"}, {Name: "account_baseline"},
	},
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "rule", LabelNames: []string{"id"}},
		{Type: "guardrail", LabelNames: []string{"name"}},
		{Type: "owner"},
		{Type: "waiver"},
	},
}

var (
	ruleSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "enabled"}, {Name: "severity"}}}

	guardrailSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "description"}, {Name: "rules"}, {Name: "controls"}, {Name: "frameworks"}, {Name: "services"},
			{Name: "min_severity"}, {Name: "enforcement"},
		},
		Blocks: []hcl.BlockHeaderSchema{{Type: "scope"}},
	}
	scopeSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "modules"}, {Name: "resource_types"}, {Name: "tags"}}}
	ownerSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "service"}, {Name: "control_area"}, {Name: "team", Required: true}, {Name: "contact"}, {Name: "runbook_url"},
		{Name: "escalation"}, {Name: "review_date"},
	}}
	waiverSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "rule", Required: true}, {Name: "resource", Required: true}, {Name: "justification", Required: true},
		{Name: "approver", Required: true}, {Name: "expires_on", Required: true},
	}}
)

// Load parses and validates a configuration file against the rules that
// exist. Unknown rule IDs, controls, frameworks and services are errors.
func Load(path string, all []*linter.Rule) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: cannot read: %w", path, err)
	}
	return Parse(path, src, all)
}

// Parse is Load for configuration text.
func Parse(path string, src []byte, all []*linter.Rule) (*Config, error) {
	f, diags := hclparse.NewParser().ParseHCL(src, path)
	if diags.HasErrors() {
		return nil, &Error{Diags: diags}
	}
	d := &decoder{known: map[string]*linter.Rule{}}
	for _, r := range all {
		d.known[r.ID] = r
	}
	c := d.decode(path, f.Body)
	if d.diags.HasErrors() {
		return nil, &Error{Diags: d.diags}
	}
	// Selectors are validated against the rules with positions above; this
	// also resolves framework-qualified controls.
	if err := c.Governance.Validate(all); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

type decoder struct {
	diags hcl.Diagnostics
	known map[string]*linter.Rule
}

func (d *decoder) errorf(rng hcl.Range, summary, format string, args ...any) {
	r := rng
	d.diags = append(d.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: fmt.Sprintf(format, args...), Subject: &r})
}

func (d *decoder) decode(path string, body hcl.Body) *Config {
	c := &Config{Path: path, Disabled: map[string]bool{}, Severity: map[string]linter.Severity{}}
	dir := filepath.Dir(path)
	content, diags := body.Content(rootSchema)
	d.diags = append(d.diags, diags...)
	if diags.HasErrors() {
		return c
	}
	for name, attr := range content.Attributes {
		switch name {
		case "fail_on":
			if s, ok := d.str(attr); ok {
				if sev, err := linter.ParseSeverity(s); err != nil {
					d.errorf(attr.Expr.Range(), "Invalid fail_on", "%v", err)
				} else {
					c.FailOn = &sev
				}
			}
		case "unknown":
			if s, ok := d.str(attr); ok {
				if p, err := linter.ParseUnknownPolicy(s); err != nil {
					d.errorf(attr.Expr.Range(), "Invalid unknown", "%v", err)
				} else {
					c.Unknown = &p
				}
			}
		case "classification_tag":
			c.ClassificationTag, _ = d.str(attr)
		case "baseline_file":
			if s, ok := d.str(attr); ok {
				c.BaselineFile = filepath.Join(dir, s)
			}
		case "account_baseline":
			c.AccountBaseline, _ = d.strList(attr)
		}
	}
	for _, blk := range content.Blocks {
		switch blk.Type {
		case "rule":
			d.rule(c, blk)
		case "guardrail":
			d.guardrail(c, blk, path)
		case "owner":
			d.owner(c, blk, path)
		case "waiver":
			d.waiver(c, blk, path)
		}
	}
	return c
}

func (d *decoder) ruleID(id string, rng hcl.Range) bool {
	if d.known[id] != nil {
		return true
	}
	suggestion := ""
	if s := linter.Suggest(id, linter.RuleIDs(ruleList(d.known))); len(s) > 0 {
		suggestion = fmt.Sprintf(" Did you mean %q?", s[0])
	}
	d.errorf(rng, "Unknown rule", "%q is not an srmlint rule.%s Run `srmlint rules` for the list.", id, suggestion)
	return false
}

func (d *decoder) rule(c *Config, blk *hcl.Block) {
	id := blk.Labels[0]
	if !d.ruleID(id, blk.LabelRanges[0]) {
		return
	}
	content, diags := blk.Body.Content(ruleSchema)
	d.diags = append(d.diags, diags...)
	if a, ok := content.Attributes["enabled"]; ok {
		if v, ok := d.boolean(a); ok && !v {
			c.Disabled[id] = true
		}
	}
	if a, ok := content.Attributes["severity"]; ok {
		if s, ok := d.str(a); ok {
			sev, err := linter.ParseSeverity(s)
			if err != nil || sev == linter.SeverityNone {
				d.errorf(a.Expr.Range(), "Invalid severity", "%q is not critical, high, medium or low", s)
			} else {
				c.Severity[id] = sev
			}
		}
	}
}

func (d *decoder) guardrail(c *Config, blk *hcl.Block, path string) {
	g := linter.Guardrail{Name: blk.Labels[0], Enforcement: linter.Mandatory, Source: where(path, blk.DefRange)}
	content, diags := blk.Body.Content(guardrailSchema)
	d.diags = append(d.diags, diags...)
	for name, a := range content.Attributes {
		switch name {
		case "rules":
			if ids, ok := d.strList(a); ok {
				for _, id := range ids {
					d.ruleID(id, a.Expr.Range())
				}
				g.Rules = ids
			}
		case "controls":
			g.Controls, _ = d.strList(a)
		case "frameworks":
			if fws, ok := d.strList(a); ok {
				for _, f := range fws {
					if !slices.Contains(catalog.Frameworks, f) {
						d.errorf(a.Expr.Range(), "Unknown framework", "%q is not one of %s", f, strings.Join(catalog.Frameworks, ", "))
					}
				}
				g.Frameworks = fws
			}
		case "services":
			g.Services, _ = d.strList(a)
		case "min_severity":
			if s, ok := d.str(a); ok {
				if sev, err := linter.ParseSeverity(s); err != nil {
					d.errorf(a.Expr.Range(), "Invalid min_severity", "%v", err)
				} else {
					g.MinSeverity = sev
				}
			}
		case "enforcement":
			if s, ok := d.str(a); ok {
				g.Enforcement = linter.Enforcement(s)
				if !slices.Contains(linter.Enforcements, g.Enforcement) {
					d.errorf(a.Expr.Range(), "Invalid enforcement", "%q is not advisory, mandatory or locked", s)
				}
			}
		}
	}
	for _, sb := range content.Blocks {
		sc, diags := sb.Body.Content(scopeSchema)
		d.diags = append(d.diags, diags...)
		if a, ok := sc.Attributes["modules"]; ok {
			g.Scope.Modules, _ = d.strList(a)
		}
		if a, ok := sc.Attributes["resource_types"]; ok {
			g.Scope.ResourceTypes, _ = d.strList(a)
		}
		if a, ok := sc.Attributes["tags"]; ok {
			g.Scope.Tags, _ = d.strMap(a)
		}
	}
	if _, err := g.Select(ruleList(d.known)); err != nil {
		d.errorf(blk.DefRange, "Invalid guardrail", "%v", err)
		return
	}
	c.Governance.Guardrails = append(c.Governance.Guardrails, g)
}

func (d *decoder) owner(c *Config, blk *hcl.Block, path string) {
	content, diags := blk.Body.Content(ownerSchema)
	d.diags = append(d.diags, diags...)
	if diags.HasErrors() {
		return
	}
	get := func(name string) string {
		if a, ok := content.Attributes[name]; ok {
			s, _ := d.str(a)
			return s
		}
		return ""
	}
	o := linter.Owner{
		Service: get("service"), Area: get("control_area"), Team: get("team"), Contact: get("contact"),
		Runbook: get("runbook_url"), Escalation: get("escalation"), Source: where(path, blk.DefRange),
	}
	if o.Service != "" && catalog.CanonicalService(o.Service) == "" {
		d.errorf(content.Attributes["service"].Expr.Range(), "Unknown service", "%q is not a service of the responsibility matrix (%s)", o.Service, strings.Join(catalog.Services(), ", "))
	}
	if o.Area != "" && !slices.Contains(catalog.ControlAreas, o.Area) {
		d.errorf(content.Attributes["control_area"].Expr.Range(), "Unknown control area", "%q is not one of %s", o.Area, strings.Join(catalog.ControlAreas, ", "))
	}
	if o.Service == "" && o.Area == "" {
		d.errorf(blk.DefRange, "Owner without scope", "an owner needs a service, a control_area, or both")
	}
	if a, ok := content.Attributes["review_date"]; ok {
		if s, ok := d.str(a); ok {
			if _, err := linter.ParseDate(s); err != nil {
				d.errorf(a.Expr.Range(), "Invalid review_date", "%v", err)
			}
		}
	}
	c.Governance.Owners = append(c.Governance.Owners, o)
}

func (d *decoder) waiver(c *Config, blk *hcl.Block, path string) {
	content, diags := blk.Body.Content(waiverSchema)
	d.diags = append(d.diags, diags...)
	if diags.HasErrors() {
		return
	}
	w := linter.Waiver{Source: where(path, blk.DefRange)}
	if a := content.Attributes["rule"]; a != nil {
		if w.Rule, _ = d.str(a); w.Rule != "" {
			d.ruleID(w.Rule, a.Expr.Range())
		}
	}
	w.Resource, _ = d.str(content.Attributes["resource"])
	w.Justification, _ = d.str(content.Attributes["justification"])
	w.Approver, _ = d.str(content.Attributes["approver"])
	if strings.Trim(w.Resource, "*?. ") == "" {
		d.errorf(content.Attributes["resource"].Expr.Range(), "Waiver too broad", "resource %q would waive the rule everywhere; name the resources", w.Resource)
	}
	a := content.Attributes["expires_on"]
	if s, ok := d.str(a); ok {
		exp, err := linter.ParseDate(s)
		if err != nil {
			d.errorf(a.Expr.Range(), "Invalid expires_on", "%v", err)
			return
		}
		w.ExpiresOn = exp
	}
	c.Governance.Waivers = append(c.Governance.Waivers, w)
}

// where renders a block position for Source fields: "path:line".
func where(path string, r hcl.Range) string {
	return fmt.Sprintf("%s:%d", path, r.Start.Line)
}

func (d *decoder) value(a *hcl.Attribute) (cty.Value, bool) {
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		d.diags = append(d.diags, diags...)
		return cty.NilVal, false
	}
	if v.IsNull() {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must not be null", a.Name)
		return cty.NilVal, false
	}
	return v, true
}

func (d *decoder) str(a *hcl.Attribute) (string, bool) {
	v, ok := d.value(a)
	if !ok {
		return "", false
	}
	if v.Type() != cty.String {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be a string", a.Name)
		return "", false
	}
	return v.AsString(), true
}

func (d *decoder) boolean(a *hcl.Attribute) (bool, bool) {
	v, ok := d.value(a)
	if !ok {
		return false, false
	}
	if v.Type() != cty.Bool {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be true or false", a.Name)
		return false, false
	}
	return v.True(), true
}

func (d *decoder) strList(a *hcl.Attribute) ([]string, bool) {
	v, ok := d.value(a)
	if !ok {
		return nil, false
	}
	if !v.Type().IsTupleType() && !v.Type().IsListType() && !v.Type().IsSetType() {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be a list of strings", a.Name)
		return nil, false
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsNull() || e.Type() != cty.String {
			d.errorf(a.Expr.Range(), "Invalid value", "%s must be a list of strings", a.Name)
			return nil, false
		}
		out = append(out, e.AsString())
	}
	return out, true
}

func (d *decoder) strMap(a *hcl.Attribute) (map[string]string, bool) {
	v, ok := d.value(a)
	if !ok {
		return nil, false
	}
	if !v.Type().IsObjectType() && !v.Type().IsMapType() {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be a map of strings", a.Name)
		return nil, false
	}
	out := map[string]string{}
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		if e.IsNull() || e.Type() != cty.String {
			d.errorf(a.Expr.Range(), "Invalid value", "%s must be a map of strings", a.Name)
			return nil, false
		}
		out[k.AsString()] = e.AsString()
	}
	return out, true
}

func ruleList(m map[string]*linter.Rule) []*linter.Rule {
	out := make([]*linter.Rule, 0, len(m))
	for _, r := range m {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
