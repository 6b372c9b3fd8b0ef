// Package report writes check results in srmlint's output formats.
package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// SchemaVersion is the version of the JSON report format (docs/json-report.md,
// docs/srmlint-report.schema.json). It changes only when a field is removed
// or changes meaning; new fields may appear in any version.
const SchemaVersion = 1

// Meta describes the tool run for report headers.
type Meta struct {
	Version string // srmlint version
}

// HelpURI is the documentation page of a rule for a release (or main).
func HelpURI(ruleID, version string) string {
	ref := "main"
	if version != "" && version != "dev" {
		ref = "v" + version
	}
	return "https://github.com/srmguard/terraform-provider-srm/blob/" + ref + "/docs/guides/" + ruleID + ".md"
}

// jsonHead is the report up to its lists; WriteJSON appends "findings",
// "suppressed" and "expired_waivers" one element at a time.
type jsonHead struct {
	SchemaVersion int         `json:"schema_version"`
	Tool          jsonTool    `json:"tool"`
	FailOn        string      `json:"fail_on"`
	UnknownPolicy string      `json:"unknown_policy"`
	Inputs        []jsonInput `json:"inputs"`
	Summary       jsonSummary `json:"summary"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonInput struct {
	File             string `json:"file"`
	Kind             string `json:"kind"`
	FormatVersion    string `json:"format_version"`
	TerraformVersion string `json:"terraform_version"`
	Resources        int    `json:"resources"`
	ConvertedWith    string `json:"converted_with,omitempty"`
}

type jsonSummary struct {
	Result     string         `json:"result"` // "pass" or "fail"
	Findings   int            `json:"findings"`
	Blocking   int            `json:"blocking"`
	Unknown    int            `json:"unknown"`
	Suppressed int            `json:"suppressed"`
	BySeverity map[string]int `json:"by_severity"`
}

type jsonFinding struct {
	RuleID         string           `json:"rule_id"`
	Title          string           `json:"title"`
	Severity       string           `json:"severity"`
	Blocking       bool             `json:"blocking"`
	Unknown        bool             `json:"unknown"`
	Input          string           `json:"input"`
	Address        string           `json:"address"`
	ResourceType   string           `json:"resource_type"`
	Module         string           `json:"module"`
	Attribute      string           `json:"attribute"`
	Action         string           `json:"action"`
	Message        string           `json:"message"`
	Controls       json.RawMessage  `json:"controls"`
	Service        string           `json:"service"`
	ControlArea    string           `json:"control_area"`
	Responsibility string           `json:"responsibility"`
	File           *string          `json:"file"`
	Line           *int             `json:"line"`
	Column         *int             `json:"column"`
	EndLine        *int             `json:"end_line"`
	EndColumn      *int             `json:"end_column"`
	HelpURI        string           `json:"help_uri"`
	Owner          *jsonOwner       `json:"owner"`
	Enforcement    string           `json:"enforcement"`
	Guardrail      string           `json:"guardrail"`
	Note           string           `json:"note"`
	Suppression    *jsonSuppression `json:"suppression,omitempty"`
}

type jsonOwner struct {
	Team       string `json:"team"`
	Contact    string `json:"contact"`
	Runbook    string `json:"runbook_url"`
	Escalation string `json:"escalation"`
	Source     string `json:"source"`
}

type jsonSuppression struct {
	Kind      string `json:"kind"`
	Reason    string `json:"reason"`
	Where     string `json:"where"`
	Approver  string `json:"approver,omitempty"`
	ExpiresOn string `json:"expires_on,omitempty"`
}

type jsonWaiver struct {
	Rule          string `json:"rule"`
	Resource      string `json:"resource"`
	Justification string `json:"justification"`
	Approver      string `json:"approver"`
	ExpiresOn     string `json:"expires_on"`
	Source        string `json:"source"`
}

// WriteJSON writes the versioned JSON report. It streams: each finding is
// encoded on its own, so the report of a large plan never sits in memory
// whole, and the bytes are those of encoding/json's indented output.
func WriteJSON(w io.Writer, res *linter.Result, meta Meta) error {
	head := jsonHead{
		SchemaVersion: SchemaVersion,
		Tool:          jsonTool{Name: "srmlint", Version: meta.Version},
		FailOn:        res.FailOn.String(),
		UnknownPolicy: string(res.Unknown),
		Inputs:        []jsonInput{},
		Summary:       summarize(res),
	}
	for _, p := range res.Inputs {
		head.Inputs = append(head.Inputs, jsonInput{
			File:             p.Name,
			Kind:             string(p.Kind),
			FormatVersion:    p.FormatVersion,
			TerraformVersion: p.TerraformVersion,
			Resources:        len(p.Resources),
			ConvertedWith:    p.ConvertedWith,
		})
	}
	bw := bufio.NewWriter(w)
	top := newIndentEncoder("")
	b, err := top.encode(head)
	if err != nil {
		return err
	}
	bw.Write(bytes.TrimSuffix(b, []byte("\n}"))) // the lists follow
	// Each rule's controls are rendered once: reports of large plans repeat
	// them for thousands of findings.
	controls := map[*linter.Rule]json.RawMessage{}
	finding := func(f *linter.Finding) any { return toJSON(f, meta, controls) }
	item := newIndentEncoder("    ")
	if err := writeList(bw, item, "findings", res.Findings, finding); err != nil {
		return err
	}
	if err := writeList(bw, item, "suppressed", res.Suppressed, finding); err != nil {
		return err
	}
	err = writeList(bw, item, "expired_waivers", res.ExpiredWaivers, func(w *linter.Waiver) any {
		return jsonWaiver{
			Rule: w.Rule, Resource: w.Resource, Justification: w.Justification,
			Approver: w.Approver, ExpiresOn: w.ExpiresOn.Format("2006-01-02"), Source: w.Source,
		}
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// indentEncoder encodes values as the report's indented JSON at the depth
// its prefix gives. One encoder serves a whole list, so its buffers are
// reused from one element to the next.
type indentEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newIndentEncoder(prefix string) *indentEncoder {
	e := &indentEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetIndent(prefix, "  ")
	e.enc.SetEscapeHTML(false)
	return e
}

// encode returns v's JSON without the trailing newline; the bytes are valid
// until the next call.
func (e *indentEncoder) encode(v any) ([]byte, error) {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), nil
}

// writeList writes `,\n  "key": [...]` for a top-level list of the report,
// converting and encoding one element at a time.
func writeList[T any](w *bufio.Writer, enc *indentEncoder, key string, items []T, conv func(*T) any) error {
	w.WriteString(",\n  \"" + key + "\": ")
	if len(items) == 0 {
		w.WriteString("[]")
		return nil
	}
	w.WriteString("[")
	for i := range items {
		if i > 0 {
			w.WriteString(",")
		}
		b, err := enc.encode(conv(&items[i]))
		if err != nil {
			return err
		}
		w.WriteString("\n    ")
		w.Write(b)
	}
	w.WriteString("\n  ]")
	return nil
}

func summarize(res *linter.Result) jsonSummary {
	s := jsonSummary{Result: "pass", BySeverity: map[string]int{}}
	for _, sev := range linter.Severities {
		s.BySeverity[sev.String()] = 0
	}
	for _, f := range res.Findings {
		s.Findings++
		s.BySeverity[f.Severity.String()]++
		if f.Unknown {
			s.Unknown++
		}
		if f.Blocking {
			s.Blocking++
		}
	}
	s.Suppressed = len(res.Suppressed)
	if s.Blocking > 0 {
		s.Result = "fail"
	}
	return s
}

func toJSON(f *linter.Finding, meta Meta, controls map[*linter.Rule]json.RawMessage) jsonFinding {
	c, ok := controls[f.Rule]
	if !ok {
		c, _ = json.Marshal(f.Rule.Mappings()) // a map of string slices always marshals
		controls[f.Rule] = c
	}
	j := jsonFinding{
		RuleID:         f.RuleID,
		Title:          f.Rule.Title,
		Severity:       f.Severity.String(),
		Blocking:       f.Blocking,
		Unknown:        f.Unknown,
		Input:          f.Input,
		Address:        f.Address,
		ResourceType:   f.Type,
		Module:         f.Module,
		Attribute:      f.Attribute,
		Action:         string(f.Action),
		Message:        f.Message,
		Controls:       c,
		Service:        f.Rule.Service,
		ControlArea:    f.Rule.Area,
		Responsibility: f.Rule.Responsibility(),
		HelpURI:        HelpURI(f.RuleID, meta.Version),
		Enforcement:    string(f.Enforcement),
		Guardrail:      f.Guardrail,
		Note:           f.Note,
	}
	if o := f.Owner; o != nil {
		j.Owner = &jsonOwner{Team: o.Team, Contact: o.Contact, Runbook: o.Runbook, Escalation: o.Escalation, Source: o.Source}
	}
	if l := f.Location; l != nil {
		file := source.DisplayPath(l.File)
		j.File, j.Line, j.Column, j.EndLine, j.EndColumn = &file, &l.Line, &l.Column, &l.EndLine, &l.EndColumn
	}
	if s := f.Suppression; s != nil {
		j.Suppression = &jsonSuppression{Kind: s.Kind, Reason: s.Reason, Where: s.Where, Approver: s.Approver, ExpiresOn: s.ExpiresOn}
	}
	return j
}
