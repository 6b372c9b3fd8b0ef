package plan

import "testing"

func TestValue(t *testing.T) {
	after := []byte(`{
		"bucket": "b",
		"flag": false,
		"tags": {"k": "v", "e\u0073c": "x\"y"},
		"rule": [{"status": "Enabled", "days": 30}, {"status": null}],
		"secret": "hunter2-long",
		"arn": null,
		"empty": [ ],
		"blank": ""
	}`)
	unknown := []byte(`{"arn": true, "rule": [{}, {"status": true}]}`)
	sensitive := []byte(`{"secret": true}`)
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
	if got := v.Get("tags").Keys(); len(got) != 2 || got[0] != "esc" || got[1] != "k" {
		t.Errorf("tags keys %v", got)
	}
	if got := v.Get("tags.esc").String(); got != `x"y` {
		t.Errorf("escaped key and value: %q", got)
	}
	if !v.Get("missing").Empty() || v.Get("bucket").Empty() || v.Get("arn").Empty() || !v.Get("empty").Empty() || !v.Get("blank").Empty() {
		t.Error("Empty")
	}
	if l := v.Get("empty").List(); l == nil || len(l) != 0 {
		t.Errorf("an empty list is an empty, non-nil slice: %#v", l)
	}
	if v.Get("bucket").List() != nil {
		t.Error("List of a non-list is nil")
	}
	if got, ok := v.Get("rule.0").Raw().(map[string]any); !ok || got["days"] != float64(30) {
		t.Errorf("Raw: %#v", v.Get("rule.0").Raw())
	}
}
