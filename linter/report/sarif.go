package report

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

// SARIF 2.1.0, the subset GitHub code scanning reads (docs: "SARIF support
// for code scanning"), written with plain types as staticcheck does.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/srmguard/terraform-provider-srm"
	// fingerprintKey names srmlint's own partial fingerprint (see
	// Finding.Fingerprint); GitHub computes primaryLocationLineHash itself.
	fingerprintKey = "srmlint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Results     []sarifResult     `json:"results"` // never omitted: GitHub requires it
	Invocations []sarifInvocation `json:"invocations"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifHelp         `json:"help"`
	HelpURI              string            `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperty struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision"`
	SecuritySeverity string   `json:"security-severity"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          sarifResultProps   `json:"properties"`
}

type sarifResultProps struct {
	Address     string `json:"address"`
	Severity    string `json:"severity"`
	Blocking    bool   `json:"blocking"`
	Unknown     bool   `json:"unknown"`
	Owner       string `json:"owner,omitempty"`
	Enforcement string `json:"enforcement,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"` // inSource or external
	Justification string `json:"justification"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// sarifLevel maps severities onto SARIF levels.
func sarifLevel(s linter.Severity) string {
	switch s {
	case linter.SeverityCritical, linter.SeverityHigh:
		return "error"
	case linter.SeverityMedium:
		return "warning"
	}
	return "note"
}

// securitySeverity is GitHub's 0.1-10.0 score: critical > 9.0, high 7.0-8.9,
// medium 4.0-6.9, low 0.1-3.9.
func securitySeverity(s linter.Severity) string {
	switch s {
	case linter.SeverityCritical:
		return "9.5"
	case linter.SeverityHigh:
		return "8.0"
	case linter.SeverityMedium:
		return "5.5"
	}
	return "3.0"
}

// WriteSARIF writes a SARIF 2.1.0 log with every enabled rule and one
// result per finding (suppressed findings carry their suppression). Paths
// are relative to the working directory, which should be the repository
// root. Findings that cannot be located in source have no location
// (unlocated returns how many, so the caller can warn: GitHub does not
// display them).
func WriteSARIF(w io.Writer, res *linter.Result, meta Meta) (unlocated int, err error) {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: "srmlint", Version: meta.Version, InformationURI: toolURI, Rules: []sarifRule{},
		}},
		Results:     []sarifResult{},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
	}
	index := map[string]int{}
	for i, r := range res.Rules {
		index[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   r.ID,
			ShortDescription:     sarifText{Text: r.Title},
			FullDescription:      sarifText{Text: firstParagraph(r.Explanation)},
			Help:                 sarifHelp{Text: r.Explanation + "\n\n" + r.Remediation, Markdown: ruleMarkdown(r)},
			HelpURI:              HelpURI(r.ID, meta.Version),
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(r.Severity)},
			Properties: sarifRuleProperty{
				Tags:             ruleTags(r),
				Precision:        "high",
				SecuritySeverity: securitySeverity(r.Severity),
			},
		})
	}
	add := func(f *linter.Finding) {
		i, ok := index[f.RuleID]
		if !ok {
			return // a rule that was not enabled cannot have findings
		}
		r := sarifResult{
			RuleID:              f.RuleID,
			RuleIndex:           i,
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{Text: resultMessage(f)},
			PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint()},
			Properties: sarifResultProps{
				Address: f.Address, Severity: f.Severity.String(), Blocking: f.Blocking, Unknown: f.Unknown,
				Enforcement: string(f.Enforcement),
			},
		}
		if f.Owner != nil {
			r.Properties.Owner = f.Owner.Team
		}
		if l := f.Location; l != nil {
			r.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: source.DisplayPath(l.File), URIBaseID: "%SRCROOT%"},
				Region:           sarifRegion{StartLine: l.Line, StartColumn: l.Column, EndLine: l.EndLine, EndColumn: l.EndColumn},
			}}}
		} else {
			unlocated++
		}
		if s := f.Suppression; s != nil {
			kind := "external"
			if s.Kind == "inline" {
				kind = "inSource"
			}
			r.Suppressions = []sarifSuppression{{Kind: kind, Justification: s.Reason}}
		}
		run.Results = append(run.Results, r)
	}
	for i := range res.Findings {
		add(&res.Findings[i])
	}
	for i := range res.Suppressed {
		add(&res.Suppressed[i])
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return unlocated, enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// resultMessage starts with the address, so that the first sentence stands
// on its own in code scanning's alert list.
func resultMessage(f *linter.Finding) string {
	msg := f.Address + ": " + f.Message
	if f.Note != "" {
		msg += " " + f.Note
	}
	return msg
}

func ruleTags(r *linter.Rule) []string {
	tags := append([]string{"security", strings.ToLower(r.Service), r.Area}, r.Mappings()["securityhub"]...)
	if len(tags) > 20 {
		tags = tags[:20] // GitHub's limit per rule
	}
	return tags
}

// ruleMarkdown is the rule's help page as code scanning shows it.
func ruleMarkdown(r *linter.Rule) string {
	var b strings.Builder
	b.WriteString("**" + r.Title + "**\n\n")
	b.WriteString(r.Explanation)
	b.WriteString("\n\n### How to fix\n\n")
	b.WriteString(r.Remediation)
	if len(r.Links) > 0 {
		b.WriteString("\n\n### References\n\n")
		for _, l := range r.Links {
			b.WriteString("- " + l + "\n")
		}
	}
	return b.String()
}

func firstParagraph(s string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(s), "\n\n")
	return strings.Join(strings.Fields(p), " ")
}
