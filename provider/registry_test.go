package provider

import (
	"slices"
	"testing"
)

// TestGuardrailRegistrySameName: two guardrails with one name give the same
// record whichever Terraform plans first: the stricter, with both rule sets.
func TestGuardrailRegistrySameName(t *testing.T) {
	locked := plannedGuardrail{enforcement: "locked", ruleIDs: []string{"a"}}
	advisory := plannedGuardrail{enforcement: "advisory", ruleIDs: []string{"b"}}
	for _, order := range [][]plannedGuardrail{{locked, advisory}, {advisory, locked}} {
		r := guardrailRegistry{byName: map[string]plannedGuardrail{}}
		for _, g := range order {
			r.put("baseline", plannedGuardrail{enforcement: g.enforcement, ruleIDs: slices.Clone(g.ruleIDs)})
		}
		g, _ := r.get("baseline")
		slices.Sort(g.ruleIDs)
		if g.enforcement != "locked" || !slices.Equal(g.ruleIDs, []string{"a", "b"}) {
			t.Errorf("order %v: got %+v", order, g)
		}
	}
}
