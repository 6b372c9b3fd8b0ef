package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildAndLookup(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "x"
}

# srmlint:ignore s3_bucket_public_read public website, approved in SEC-12
resource "aws_s3_bucket_acl" "a" {
  bucket = aws_s3_bucket.b.id
  acl    = "public-read" // srmlint:ignore s3_bucket_public_write not writable really
  access_control_policy {
    grant {
      permission = "READ"
    }
    grant {
      permission = "WRITE"
    }
  }
}

data "aws_iam_policy_document" "d" {}

module "child" {
  source = "./modules/child"
}

module "remote" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
`,
		"modules/child/main.tf":        "resource \"aws_kms_key\" \"k\" {\n  description = \"k\"\n}\n\nmodule \"grandchild\" {\n  source = \"../grandchild\"\n}\n",
		"modules/grandchild/x.tf.json": `{"resource": {"aws_sqs_queue": {"q": {"name": "q"}}}}`,
	})
	ix, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		addr, attr string
		file       string
		line       int
	}{
		{"aws_s3_bucket.b", "", "main.tf", 2},
		{"aws_s3_bucket.b", "bucket", "main.tf", 3},
		{"aws_s3_bucket.b", "missing_attr", "main.tf", 2},
		{"aws_s3_bucket_acl.a", "acl", "main.tf", 9},
		{"aws_s3_bucket_acl.a", "access_control_policy.0.grant.1.permission", "main.tf", 15},
		{"aws_s3_bucket_acl.a", "access_control_policy.0.grant.1", "main.tf", 14},
		{"data.aws_iam_policy_document.d", "", "main.tf", 20},
		{"module.child.aws_kms_key.k", "description", "modules/child/main.tf", 2},
		{"module.child.module.grandchild.aws_sqs_queue.q", "", "modules/grandchild/x.tf.json", 1},
	}
	for _, tc := range tests {
		loc, ok := ix.Lookup(tc.addr, tc.attr)
		if !ok {
			t.Errorf("%s %s: not found", tc.addr, tc.attr)
			continue
		}
		if want := filepath.Join(dir, filepath.FromSlash(tc.file)); loc.File != want || loc.Line != tc.line {
			t.Errorf("%s %s: got %s:%d, want %s:%d", tc.addr, tc.attr, loc.File, loc.Line, tc.file, tc.line)
		}
	}
	if _, ok := ix.Lookup("aws_s3_bucket.nope", ""); ok {
		t.Error("unknown address found")
	}
	igs := ix.Ignores("aws_s3_bucket_acl.a")
	if len(igs) != 2 || igs[0].RuleID != "s3_bucket_public_read" || igs[0].Reason != "public website, approved in SEC-12" || igs[1].RuleID != "s3_bucket_public_write" {
		t.Errorf("ignores: %+v", igs)
	}
	if len(ix.Ignores("aws_s3_bucket.b")) != 0 {
		t.Error("the comment above the ACL must not attach to the bucket")
	}
}

// TestRemovedBlocks: a resource deleted with a removed block is located at
// that block (also inside modules), with its suppressions; a resource block
// of the same address wins, and removed blocks for modules are skipped.
func TestRemovedBlocks(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
# srmlint:ignore kms_key_deletion retired with the old tenant, SEC-7
removed {
  from = aws_kms_key.old
  lifecycle {
    destroy = true
  }
}

removed {
  from = module.gone
}

module "child" {
  source = "./child"
}
`,
		"child/main.tf": "removed {\n  from = aws_s3_bucket.b\n}\n\nremoved {\n  from = aws_s3_bucket.kept\n}\n\nresource \"aws_s3_bucket\" \"kept\" {}\n",
	})
	ix, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]string{
		"aws_kms_key.old":                 "main.tf:3",
		"module.child.aws_s3_bucket.b":    "child/main.tf:1",
		"module.child.aws_s3_bucket.kept": "child/main.tf:9",
	} {
		loc, ok := ix.Lookup(addr, "")
		if got := fmt.Sprintf("%s:%d", filepath.ToSlash(strings.TrimPrefix(loc.File, dir+string(filepath.Separator))), loc.Line); !ok || got != want {
			t.Errorf("%s: got %s (found %v), want %s", addr, got, ok, want)
		}
	}
	if igs := ix.Ignores("aws_kms_key.old"); len(igs) != 1 || igs[0].RuleID != "kms_key_deletion" {
		t.Errorf("ignores of the removed block: %+v", igs)
	}
	if _, ok := ix.Lookup("module.gone", ""); ok {
		t.Error("a removed module is not a resource")
	}
}

// TestAccountLocation: findings about the account point at the root
// module's aws provider block, else at its terraform block; blocks in child
// modules and other providers do not count.
func TestAccountLocation(t *testing.T) {
	for name, tc := range map[string]struct {
		files map[string]string
		want  string
	}{
		"provider wins over an earlier terraform block": {map[string]string{
			"a.tf":      "terraform {\n  required_version = \">= 1.8\"\n}\n",
			"b.tf":      "provider \"google\" {}\n\nprovider \"aws\" {\n  region = \"eu-west-1\"\n}\n\nprovider \"aws\" {\n  alias = \"us\"\n}\n",
			"m/main.tf": "provider \"aws\" {}\n",
			"main.tf":   "module \"m\" {\n  source = \"./m\"\n}\n",
		}, "b.tf:3"},
		"terraform block": {map[string]string{
			"main.tf":     "resource \"aws_s3_bucket\" \"b\" {}\n",
			"versions.tf": "\nterraform {}\n",
		}, "versions.tf:2"},
		"neither": {map[string]string{"main.tf": "resource \"aws_s3_bucket\" \"b\" {}\n"}, ""},
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeTree(t, tc.files)
			ix, err := Build(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if l := ix.Account; l != nil {
				got = fmt.Sprintf("%s:%d", filepath.ToSlash(strings.TrimPrefix(l.File, dir+string(filepath.Separator))), l.Line)
			}
			if got != tc.want {
				t.Errorf("account location %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMalformedIgnores(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
# srmlint:ignore s3_bucket_public_read
resource "aws_s3_bucket" "b" {
  # srmlint:ignore
}
`})
	ix, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Malformed) != 2 || ix.Malformed[0].RuleID != "s3_bucket_public_read" || ix.Malformed[1].RuleID != "" {
		t.Errorf("malformed: %+v", ix.Malformed)
	}
}

func TestBuildErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": "resource \"a\" \"b\" {\n  x = \n}\n"})
	_, err := Build(dir)
	var se *Error
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "main.tf:2,7: Invalid expression") {
		t.Errorf("syntax error: %v", err)
	}
	if _, err := Build(filepath.Join(dir, "nope")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing dir: %v", err)
	}
	// a module that calls itself
	loop := writeTree(t, map[string]string{"main.tf": "module \"self\" {\n  source = \"./\"\n}\n"})
	if _, err := Build(loop); err == nil || !strings.Contains(err.Error(), "nested more than") {
		t.Errorf("module loop: %v", err)
	}
	// a symlink loop in place of a .tf file
	sym := t.TempDir()
	if err := os.Symlink(filepath.Join(sym, "b.tf"), filepath.Join(sym, "a.tf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(sym, "a.tf"), filepath.Join(sym, "b.tf")); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(sym); err == nil || !strings.Contains(err.Error(), "too many levels of symbolic links") {
		t.Errorf("symlink loop: %v", err)
	}
	empty, err := Build(t.TempDir())
	if err != nil || len(empty.blocks) != 0 {
		t.Errorf("empty dir: %v", err)
	}
}

func TestLocals(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
locals {
  vpc_id  = aws_vpc.main.id
  bucket  = join("", aws_s3_bucket.b[*].id)
  keyed   = { for k, v in aws_vpc.app : k => v.id }
  picked  = module.net["a"].vpc_id
  first   = aws_vpc.app[0].arn
  dynamic = aws_vpc.app[var.i].id
  literal = "x"
}
module "m" {
  source = "./m"
}
`,
		"m/main.tf": "locals {\n  name = var.prefix\n}\nlocals {\n  policy = data.aws_iam_policy_document.p.json\n}\n",
	})
	ix, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string][]string{
		"": {
			"vpc_id":  {"aws_vpc.main.id"},
			"bucket":  {"aws_s3_bucket.b"},
			"keyed":   {"aws_vpc.app"},
			"picked":  {`module.net["a"].vpc_id`},
			"first":   {"aws_vpc.app[0].arn"},
			"dynamic": {"aws_vpc.app", "var.i"},
			"literal": nil,
		},
		"module.m": {"name": {"var.prefix"}, "policy": {"data.aws_iam_policy_document.p.json"}},
	}
	if diff := cmp.Diff(want, ix.Locals); diff != "" {
		t.Errorf("locals (-want +got):\n%s", diff)
	}
}
