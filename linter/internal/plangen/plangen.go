// Package plangen builds large, realistic plan JSON documents for
// benchmarks from real plans (the rule fixtures and examples made with
// real-plan). Each template plan's root module becomes a module that is
// instantiated with for_each inside an outer for_each module, so a
// generated plan has nested modules, many instances per configuration
// block, configuration references, unknown values and data sources read at
// plan time, as real monorepo plans do. Output is deterministic for a seed.
package plangen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Template is one real plan used as a building block.
type Template struct {
	Name      string
	changes   []map[string]any // resource_changes
	prior     []map[string]any // prior_state resources (data sources read at plan time)
	planned   []map[string]any // planned_values resources
	config    any              // configuration.root_module
	Resources int
}

// LoadTemplates reads plan JSON files (provider-only plans without
// resources are skipped).
func LoadTemplates(paths []string) ([]Template, error) {
	var out []Template
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var doc map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		t := Template{Name: p}
		for _, rc := range list(doc["resource_changes"]) {
			t.changes = append(t.changes, rc.(map[string]any))
		}
		t.prior = moduleResources(dig(doc, "prior_state", "values", "root_module"))
		t.planned = moduleResources(dig(doc, "planned_values", "root_module"))
		t.config = dig(doc, "configuration", "root_module")
		t.Resources = len(t.changes)
		// Plans with srm_* guardrails are left out: a real plan carries one
		// guardrails module, not one per workload module.
		if t.Resources > 0 && !bytes.Contains(data, []byte(`"type": "srm_`)) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no template plan with resources")
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Fixtures returns the plan.json files of the rule fixtures and examples
// under root (the repository).
func Fixtures(root string) ([]string, error) {
	var out []string
	for _, pattern := range []string{"linter/rules/testdata/*/*/plan.json", "examples/plans/*/plan.json"} {
		m, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			return nil, err
		}
		out = append(out, m...)
	}
	sort.Strings(out)
	return out, nil
}

func dig(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func moduleResources(m any) []map[string]any {
	var out []map[string]any
	for _, r := range list(dig(m, "resources")) {
		out = append(out, r.(map[string]any))
	}
	for _, c := range list(dig(m, "child_modules")) {
		out = append(out, moduleResources(c)...)
	}
	return out
}

// Generate writes a plan with at least n resource instances built from the
// templates, and returns how many it wrote.
func Generate(w io.Writer, templates []Template, n int, seed uint64) (int, error) {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	orgs := max(1, n/500)
	var changes, prior, planned []any
	used := map[int]bool{}
	total := 0
	for unit := 0; total < n; unit++ {
		ti := rng.IntN(len(templates))
		t := templates[ti]
		used[ti] = true
		prefix := fmt.Sprintf(`module.org["o%d"].module.t%d["u%d"]`, unit%orgs, ti, unit)
		// Distinct names per unit (buckets, roles): "srm-" names in the
		// fixtures become "srm-u<unit>-".
		rename := strings.NewReplacer(`"srm-`, fmt.Sprintf(`"srm-u%d-`, unit))
		for _, rc := range t.changes {
			changes = append(changes, instance(rc, prefix, rename))
		}
		for _, r := range t.prior {
			prior = append(prior, instance(r, prefix, rename))
		}
		for _, r := range t.planned {
			planned = append(planned, instance(r, prefix, rename))
		}
		total += t.Resources
	}
	calls := map[string]any{}
	for ti := range templates {
		if !used[ti] {
			continue
		}
		calls[fmt.Sprintf("t%d", ti)] = map[string]any{
			"source":              fmt.Sprintf("./units/t%d", ti),
			"for_each_expression": map[string]any{"references": []any{"var.units"}},
			"module":              templates[ti].config,
		}
	}
	doc := map[string]any{
		"format_version":    "1.2",
		"terraform_version": "1.11.4",
		"timestamp":         "1970-01-01T00:00:00Z",
		"complete":          true,
		"errored":           false,
		"resource_changes":  changes,
		"planned_values": map[string]any{"root_module": map[string]any{
			"child_modules": []any{map[string]any{"address": "module.org", "resources": planned}},
		}},
		"prior_state": map[string]any{"format_version": "1.0", "terraform_version": "1.11.4", "values": map[string]any{"root_module": map[string]any{
			"child_modules": []any{map[string]any{"address": "module.org", "resources": prior}},
		}}},
		"configuration": map[string]any{"root_module": map[string]any{
			"module_calls": map[string]any{"org": map[string]any{
				"source":              "./org",
				"for_each_expression": map[string]any{"references": []any{"var.orgs"}},
				"module":              map[string]any{"module_calls": calls},
			}},
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return total, enc.Encode(doc)
}

// instance copies a template resource into a module instance: addresses
// get the prefix and names are made unique.
func instance(r map[string]any, prefix string, rename *strings.Replacer) map[string]any {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // the template was decoded from JSON
	}
	var out map[string]any
	dec := json.NewDecoder(strings.NewReader(rename.Replace(string(b))))
	dec.UseNumber()
	if err := dec.Decode(&out); err != nil {
		panic(err)
	}
	out["address"] = prefix + "." + out["address"].(string)
	if m, ok := out["module_address"].(string); ok && m != "" {
		out["module_address"] = prefix + "." + m
	} else {
		out["module_address"] = prefix
	}
	return out
}
