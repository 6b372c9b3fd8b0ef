package rules_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/linttest"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// TestRules runs every rule against its bad and good fixtures.
func TestRules(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.ID, func(t *testing.T) {
			t.Parallel()
			linttest.Run(t, r, filepath.Join("testdata", r.ID))
		})
	}
}

var idRe = regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*$`)

// TestRuleMetadata checks what docs, SARIF and the provider rely on.
func TestRuleMetadata(t *testing.T) {
	all := rules.All()
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].ID < all[j].ID }) {
		t.Error("rules.All() is not sorted by ID")
	}
	seen := map[string]bool{}
	for _, r := range all {
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %s", r.ID)
		}
		seen[r.ID] = true
		if !idRe.MatchString(r.ID) {
			t.Errorf("%s: ID must be lowercase snake_case", r.ID)
		}
		if r.Title == "" || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title must be set and not end with a period", r.ID)
		}
		if r.Severity < linter.SeverityLow || r.Severity > linter.SeverityCritical {
			t.Errorf("%s: bad severity %v", r.ID, r.Severity)
		}
		if _, ok := catalog.Responsibility(r.Service, r.Area); !ok {
			t.Errorf("%s: service %q and area %q are not a cell of the responsibility matrix", r.ID, r.Service, r.Area)
		}
		for _, c := range r.Controls {
			if _, ok := catalog.LookupControl(c); !ok {
				t.Errorf("%s: unknown control %s", r.ID, c)
			}
		}
		if len(r.Mappings()) == 0 {
			t.Errorf("%s: maps to no control of any framework", r.ID)
		}
		if r.Explanation == "" || !strings.Contains(r.Remediation, "```hcl") {
			t.Errorf("%s: explanation and a remediation with an hcl snippet are required", r.ID)
		}
		if len(r.Links) == 0 {
			t.Errorf("%s: at least one reference link is required", r.ID)
		}
		if r.Check == nil {
			t.Errorf("%s: no Check", r.ID)
		}
		if got, ok := rules.Lookup(r.ID); !ok || got != r {
			t.Errorf("%s: Lookup does not find it", r.ID)
		}
	}
}

// TestExistingBucketWithoutBPA audits a state: a bucket without a public
// access block is a low-severity note there (its settings cannot be seen),
// while the same bucket created by a plan is silent (S3's defaults apply).
func TestExistingBucketWithoutBPA(t *testing.T) {
	data, err := os.ReadFile("testdata/s3_bucket_public_access_block/state/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	var pl struct {
		PlannedValues json.RawMessage `json:"planned_values"`
	}
	if err := json.Unmarshal(data, &pl); err != nil {
		t.Fatal(err)
	}
	state, _ := json.Marshal(map[string]any{"format_version": "1.0", "values": pl.PlannedValues})
	p, err := plan.Load("state.json", bytes.NewReader(state))
	if err != nil {
		t.Fatal(err)
	}
	fs, err := linter.Run(context.Background(), p, []*linter.Rule{rules.S3BucketPublicAccessBlock}, linter.DefaultSettings(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Address != "aws_s3_bucket.legacy" || fs[0].Severity != linter.SeverityLow || !strings.Contains(fs[0].Message, "cannot be verified") {
		t.Errorf("got %+v", fs)
	}
}

// TestThroughLocalWithoutSource: without the .tf source a reference
// through a local leads nowhere, so the resources it configures are
// undecided, not unconfigured.
func TestThroughLocalWithoutSource(t *testing.T) {
	tests := []struct {
		plan string
		rule *linter.Rule
		want []string
	}{
		{"testdata/vpc_flow_logs/good_local/plan.json", rules.VPCFlowLogs, []string{`aws_vpc.app["blue"]`, `aws_vpc.app["green"]`, "aws_vpc.main"}},
		{"testdata/s3_bucket_versioning/good_local/plan.json", rules.S3BucketVersioning, []string{"aws_s3_bucket.default[0]"}},
		{"testdata/s3_bucket_lifecycle/good_local/plan.json", rules.S3BucketLifecycle, []string{"aws_s3_bucket.default[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule.ID, func(t *testing.T) {
			f, err := os.Open(tc.plan)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			p, err := plan.Load("plan.json", f)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := linter.Run(context.Background(), p, []*linter.Rule{tc.rule}, linter.DefaultSettings(), 1)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				if !f.Unknown || !strings.Contains(f.Message, "cannot be decided") {
					t.Errorf("%s: want an unknown finding, got %q", f.Address, f.Message)
				}
				got = append(got, f.Address)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings on %q, want %q", got, tc.want)
			}
		})
	}
}
