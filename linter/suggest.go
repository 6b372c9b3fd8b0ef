package linter

import (
	"sort"
	"strings"

	"github.com/agext/levenshtein"
)

// Suggest returns up to three candidates close to s (case-insensitive edit
// distance), closest first, for "did you mean" messages.
func Suggest(s string, candidates []string) []string {
	type scored struct {
		c string
		d int
	}
	var best []scored
	for _, c := range candidates {
		if d := levenshtein.Distance(strings.ToLower(s), strings.ToLower(c), nil); d <= max(2, len(s)/3) {
			best = append(best, scored{c, d})
		}
	}
	sort.Slice(best, func(i, j int) bool { return best[i].d < best[j].d || best[i].d == best[j].d && best[i].c < best[j].c })
	var out []string
	for i := 0; i < len(best) && i < 3; i++ {
		out = append(out, best[i].c)
	}
	return out
}

// RuleIDs returns the IDs of rules, in order.
func RuleIDs(rules []*Rule) []string {
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r.ID
	}
	return out
}
