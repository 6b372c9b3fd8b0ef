package plan

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const bpaBad = "../rules/testdata/s3_bucket_public_access_block/bad/plan.json"

func addrs(rs []*Resource) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Address)
	}
	return out
}

// TestReferencedRealPlan links split resources to their buckets through the
// configuration, while every bucket ID is unknown until apply: in the root,
// across count instances and inside a for_each module.
func TestReferencedRealPlan(t *testing.T) {
	p, err := LoadFile(context.Background(), bpaBad, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"aws_s3_bucket_public_access_block.data":                      "aws_s3_bucket.data",
		"aws_s3_bucket_public_access_block.logs[0]":                   "aws_s3_bucket.logs[0]",
		"aws_s3_bucket_public_access_block.logs[1]":                   "aws_s3_bucket.logs[1]",
		`module.team["alpha"].aws_s3_bucket_public_access_block.this`: `module.team["alpha"].aws_s3_bucket.this`,
		`module.team["beta"].aws_s3_bucket_public_access_block.this`:  `module.team["beta"].aws_s3_bucket.this`,
	}
	for from, to := range tests {
		r := p.Lookup(from)
		if r == nil {
			t.Fatalf("%s not in plan", from)
		}
		if !r.Get("bucket").Unknown() {
			t.Errorf("%s: bucket should be unknown until apply in this fixture", from)
		}
		got := addrs(p.Referenced(r, "bucket", "aws_s3_bucket"))
		if d := cmp.Diff([]string{to}, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", from, d)
		}
	}
	// the data source reading the module's variable is not confused with it
	if got := p.Referenced(p.Lookup("aws_s3_bucket.data"), "bucket"); len(got) != 0 {
		t.Errorf("a literal has no references: %v", addrs(got))
	}
}

func TestModelRealPlan(t *testing.T) {
	p, err := LoadFile(context.Background(), bpaBad, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Kind != KindPlan || p.TerraformVersion == "" || len(p.Resources) != 10 {
		t.Fatalf("kind %s, version %q, %d resources", p.Kind, p.TerraformVersion, len(p.Resources))
	}
	r := p.Lookup(`module.team["alpha"].aws_s3_bucket.this`)
	if r.Module != `module.team["alpha"]` || r.ModulePath != "module.team" || r.ConfigAddress != "module.team.aws_s3_bucket.this" || r.Action != ActionCreate || r.Config == nil {
		t.Errorf("%+v", r)
	}
	if got := r.Get("bucket").String(); got != "srm-fixture-bpa-alpha" {
		t.Errorf("bucket = %q", got)
	}
	// omitted flags: false in the plan, but not set by the configuration
	pab := p.Lookup("aws_s3_bucket_public_access_block.data")
	if pab.Configured("restrict_public_buckets") || !pab.Configured("block_public_acls") {
		t.Error("Configured() must tell set arguments from defaults")
	}
	if len(p.OfType("aws_s3_bucket")) != 5 || len(p.Instances("module.team.aws_s3_bucket.this")) != 2 {
		t.Error("indexes")
	}
}

// TestStateInput audits what exists: a state JSON (here the plan's
// planned_values in state form) loads as existing resources.
func TestStateInput(t *testing.T) {
	data, err := os.ReadFile(bpaBad)
	if err != nil {
		t.Fatal(err)
	}
	var pl struct {
		FormatVersion    string          `json:"format_version"`
		TerraformVersion string          `json:"terraform_version"`
		PlannedValues    json.RawMessage `json:"planned_values"`
	}
	if err := json.Unmarshal(data, &pl); err != nil {
		t.Fatal(err)
	}
	state, _ := json.Marshal(map[string]any{"format_version": "1.0", "terraform_version": pl.TerraformVersion, "values": pl.PlannedValues})
	p, err := Load("state.json", strings.NewReader(string(state)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Kind != KindState || len(p.Resources) != 10 {
		t.Fatalf("kind %s, %d resources", p.Kind, len(p.Resources))
	}
	r := p.Lookup("aws_s3_bucket_public_access_block.data")
	if r.Action != ActionNone || r.Creates() || !r.Exists() || r.Config != nil {
		t.Errorf("%+v", r)
	}
	if v, ok := r.Get("block_public_acls").Bool(); !ok || v {
		t.Errorf("block_public_acls = %v, %v", v, ok)
	}
	// a state's values are both before and after: stored once
	if &r.before[0] != &r.after[0] {
		t.Error("before and after are two copies of the same values")
	}
}

func TestRedact(t *testing.T) {
	p, err := Load("p.json", strings.NewReader(`{"format_version":"1.2","resource_changes":[{"address":"aws_db_instance.db","mode":"managed","type":"aws_db_instance","name":"db",
	  "change":{"actions":["create"],"before":null,"after":{"password":"hunter2-secret","username":"admin"},"after_unknown":{},"after_sensitive":{"password":true}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Redact("password is hunter2-secret for admin"); got != "password is (sensitive) for admin" {
		t.Errorf("got %q", got)
	}
	if !p.Lookup("aws_db_instance.db").Get("password").Sensitive() {
		t.Error("password must be sensitive")
	}
}
