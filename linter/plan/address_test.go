package plan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseAddress(t *testing.T) {
	tests := []struct {
		in                       string
		want                     Address
		modPath, modInst, config string
	}{
		{
			in:     "aws_s3_bucket.b",
			want:   Address{Mode: "managed", Type: "aws_s3_bucket", Name: "b"},
			config: "aws_s3_bucket.b",
		},
		{
			in:      `module.a["x.y"].module.b[2].data.aws_iam_policy_document.d["k\"q"]`,
			want:    Address{Modules: []Step{{"a", "x.y"}, {"b", 2}}, Mode: "data", Type: "aws_iam_policy_document", Name: "d", Key: `k"q`},
			modPath: "module.a.module.b", modInst: `module.a["x.y"].module.b[2]`,
			config: "module.a.module.b.data.aws_iam_policy_document.d",
		},
		{
			in:      "module.m.aws_s3_bucket.b[0]",
			want:    Address{Modules: []Step{{"m", nil}}, Mode: "managed", Type: "aws_s3_bucket", Name: "b", Key: 0},
			modPath: "module.m", modInst: "module.m", config: "module.m.aws_s3_bucket.b",
		},
	}
	for _, tc := range tests {
		got, err := ParseAddress(tc.in)
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.in, d)
		}
		if got.ModulePath() != tc.modPath || got.ModuleInstance() != tc.modInst || got.ConfigAddress() != tc.config {
			t.Errorf("%s: path %q inst %q config %q", tc.in, got.ModulePath(), got.ModuleInstance(), got.ConfigAddress())
		}
	}
	for _, bad := range []string{"", "aws_s3_bucket", "aws_s3_bucket.", "module.a", `aws_s3_bucket.b["x`, "aws_s3_bucket.b[x]", "aws_s3_bucket.b.c", "module..x.y"} {
		if _, err := ParseAddress(bad); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

func TestRefSteps(t *testing.T) {
	tests := map[string][]refStep{
		"aws_s3_bucket.b.id":       {{name: "aws_s3_bucket"}, {name: "b"}, {name: "id"}},
		`aws_s3_bucket.b["k"].arn`: {{name: "aws_s3_bucket"}, {name: "b", key: "k", keyOK: true}, {name: "arn"}},
		"module.m[0].out":          {{name: "module"}, {name: "m", key: 0, keyOK: true}, {name: "out"}},
		"var.x":                    {{name: "var"}, {name: "x"}},
	}
	for in, want := range tests {
		if d := cmp.Diff(want, refSteps(in), cmp.AllowUnexported(refStep{})); d != "" {
			t.Errorf("%s (-want +got):\n%s", in, d)
		}
	}
}

func TestMostSpecific(t *testing.T) {
	got := mostSpecific([]string{`aws_s3_bucket.b["k"].id`, `aws_s3_bucket.b["k"]`, "aws_s3_bucket.b", "var.x", "aws_s3_bucket.bb"})
	want := []string{`aws_s3_bucket.b["k"].id`, "var.x", "aws_s3_bucket.bb"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
