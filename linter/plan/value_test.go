package plan

import "testing"

func TestValue(t *testing.T) {
	after := map[string]any{
		"bucket": "b",
		"flag":   false,
		"tags":   map[string]any{"k": "v"},
		"rule": []any{
			map[string]any{"status": "Enabled", "days": float64(30)},
			map[string]any{"status": nil},
		},
		"secret": "hunter2-long",
		"arn":    nil,
	}
	unknown := map[string]any{"arn": true, "rule": []any{map[string]any{}, map[string]any{"status": true}}}
	sensitive := map[string]any{"secret": true}
	v := rootValue(after, unknown, sensitive)

	if s, ok := v.Get("bucket").Str(); !ok || s != "b" {
		t.Errorf("bucket = %q, %v", s, ok)
	}
	if b, ok := v.Get("flag").Bool(); !ok || b {
		t.Errorf("flag = %v, %v", b, ok)
	}
	if !v.Get("missing").Null() || v.Get("missing").Unknown() {
		t.Error("missing attribute must be null, not unknown")
	}
	if !v.Get("arn").Unknown() || v.Get("arn").Null() || v.Get("arn").Known() {
		t.Error("arn must be unknown")
	}
	if !v.Get("arn.anything").Unknown() {
		t.Error("children of an unknown value are unknown")
	}
	if n, ok := v.Get("rule.0.days").Number(); !ok || n != 30 {
		t.Errorf("rule.0.days = %v, %v", n, ok)
	}
	if !v.Get("rule.1.status").Unknown() || v.Get("rule.0.status").String() != "Enabled" {
		t.Error("rule statuses")
	}
	if l := v.Get("rule").List(); len(l) != 2 || l[1].Path() != "rule.1" {
		t.Errorf("rule list: %v", l)
	}
	if !v.Get("secret").Sensitive() || v.Get("bucket").Sensitive() {
		t.Error("sensitivity")
	}
	if got := v.Get("tags").Keys(); len(got) != 1 || got[0] != "k" {
		t.Errorf("tags keys %v", got)
	}
	if !v.Get("missing").Empty() || v.Get("bucket").Empty() || v.Get("arn").Empty() {
		t.Error("Empty")
	}
}
