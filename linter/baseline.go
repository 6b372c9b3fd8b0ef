package linter

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// BaselineFile is the JSON file `srmlint baseline` writes: the findings a
// team accepted when it adopted srmlint, so that only new ones block.
type BaselineFile struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry identifies one accepted finding; the other fields are for
// the humans who review the file.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	Address     string `json:"address"`
	Attribute   string `json:"attribute,omitempty"`
}

// NewBaseline records findings (sorted, without duplicates).
func NewBaseline(tool string, fs []Finding) BaselineFile {
	b := BaselineFile{Version: 1, Tool: tool, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for i := range fs {
		fp := fs[i].Fingerprint()
		if seen[fp] {
			continue
		}
		seen[fp] = true
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: fp, RuleID: fs[i].RuleID, Address: fs[i].Address, Attribute: fs[i].Attribute})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Address != y.Address {
			return x.Address < y.Address
		}
		if x.RuleID != y.RuleID {
			return x.RuleID < y.RuleID
		}
		return x.Attribute < y.Attribute
	})
	return b
}

// ReadBaseline reads a baseline file into a set of fingerprints.
func ReadBaseline(r io.Reader) (map[string]bool, error) {
	var b BaselineFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("not an srmlint baseline file: %v", err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("unsupported baseline version %d (want 1)", b.Version)
	}
	set := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline entry for %s %s has no fingerprint", e.RuleID, e.Address)
		}
		set[e.Fingerprint] = true
	}
	return set, nil
}
