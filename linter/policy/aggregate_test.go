package policy

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// TestIdentities aggregates a real plan that gives identities policies in
// every way Terraform can (testdata/aggregate/main.tf).
func TestIdentities(t *testing.T) {
	p, err := plan.LoadFile(context.Background(), "testdata/aggregate/plan.json", nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Label, Boundary string
		Policies        []string
	}
	var got []view
	byAddr := map[string]*Identity{}
	for _, id := range Identities(p) {
		v := view{Label: id.Label()}
		for _, po := range id.Policies {
			v.Policies = append(v.Policies, po.name())
		}
		if id.Boundary != nil {
			v.Boundary = id.Boundary.name()
		}
		got = append(got, v)
		byAddr[id.Resource.Address] = id
	}
	want := []view{
		{Label: `Group aws_iam_group.dev ("dev")`, Policies: []string{"aws_iam_group_policy.dev", "AWS managed policy AmazonS3ReadOnlyAccess"}},
		{Label: "A principal holding aws_iam_policy.orphan (which this plan attaches to nothing)", Policies: []string{"aws_iam_policy.orphan"}},
		{Label: `Role aws_iam_role.app ("app")`, Boundary: "aws_iam_policy.boundary", Policies: []string{
			"aws_iam_role_policy.app", "aws_iam_role.app (inline_policy.0.policy)", "aws_iam_policy.deploy", "AWS managed policy PowerUserAccess"}},
		{Label: `Role "existing-role" (not managed in this plan)`, Policies: []string{"arn:aws:iam::123456789012:policy/defined-elsewhere"}},
		{Label: `User aws_iam_user.alice ("alice")`, Policies: []string{
			"aws_iam_policy.deploy", "aws_iam_group_policy.dev via group aws_iam_group.dev", "AWS managed policy AmazonS3ReadOnlyAccess via group aws_iam_group.dev"}},
		{Label: `User aws_iam_user.bob ("bob")`, Policies: []string{
			"aws_iam_group_policy.dev via group aws_iam_group.dev", "AWS managed policy AmazonS3ReadOnlyAccess via group aws_iam_group.dev"}},
		{Label: `Role module.svc["a"].aws_iam_role.this`, Policies: []string{`module.svc["a"].aws_iam_role_policy.this`}},
		{Label: `Role module.svc["b"].aws_iam_role.this`, Policies: []string{`module.svc["b"].aws_iam_role_policy.this`}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("identities (-want +got):\n%s", d)
	}

	for _, f := range DocumentsOf(p, IdentityPolicy) {
		if want := f.Resource.Address == "aws_iam_policy.boundary"; BoundaryOnly(p, f) != want {
			t.Errorf("%s: BoundaryOnly = %v", f.Label(), !want)
		}
	}

	// aws_iam_role_policy.app comes from an aws_iam_policy_document whose
	// json is known only after apply (it names the new bucket's ARN); its
	// statements are read from the configuration.
	if !p.Lookup("data.aws_iam_policy_document.app").Get("json").Unknown() {
		t.Fatal("the fixture must leave the document's json unknown until apply")
	}
	app := byAddr["aws_iam_role.app"]
	if g := app.Unconstrained("lambda:UpdateFunctionCode"); g.Level != Granted || g.From[0].Label != "aws_iam_role_policy.app" {
		t.Errorf("lambda:UpdateFunctionCode through the document: %+v", g)
	}
	if doc := app.Policies[0]; doc.allows("s3:GetObject", nil) != NotGranted || doc.allows("lambda:UpdateFunctionCode", nil) != Granted {
		t.Errorf("%s: s3:GetObject is limited to the new bucket's objects, whatever its ARN", doc.Label)
	}
	// the boundary (NotAction iam:*) stops iam:PassRole, and with it
	// RHINO-03, which the inline policy and aws_iam_policy.deploy complete
	if g := app.Unconstrained("iam:PassRole"); g.Level != NotGranted {
		t.Errorf("the permissions boundary stops iam:PassRole: %v", g.Level)
	}
	for _, path := range app.Privesc() {
		if path.ID == "RHINO-03" {
			t.Error("RHINO-03 despite the boundary")
		}
	}
	if g := byAddr["aws_iam_user.bob"].Unconstrained("ssm:GetParameter"); g.Level != Granted || g.Sources() != "aws_iam_group_policy.dev via group aws_iam_group.dev" {
		t.Errorf("bob's group policy: %+v", g)
	}
	// what a group has on its own is reported on the group, not on each member
	if is := byAddr["aws_iam_group.dev"].DataExfiltration(); len(is) != 1 {
		t.Errorf("group dev reads objects and parameters: %+v", is)
	}
	for _, u := range []string{"aws_iam_user.alice", "aws_iam_user.bob"} {
		if is := byAddr[u].DataExfiltration(); len(is) != 0 {
			t.Errorf("%s: the group's finding covers its members: %+v", u, is)
		}
	}
}
