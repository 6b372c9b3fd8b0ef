package policy

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

func mustParse(t *testing.T, s string) *Document {
	t.Helper()
	d, err := Parse(s)
	if err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return d
}

// identityOf builds an identity whose policies are the given documents.
func identityOf(t *testing.T, docs ...string) *Identity {
	t.Helper()
	id := &Identity{Kind: "role", Name: "test"}
	for i, s := range docs {
		id.Policies = append(id.Policies, &Policy{Label: "p" + string(rune('0'+i)), Source: Source{Doc: mustParse(t, s)}})
	}
	return id
}

func TestParseStringOrList(t *testing.T) {
	one := mustParse(t, `{"Statement":{"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},"NotAction":"s3:Get*","NotResource":"arn:aws:s3:::b"}}`)
	many := mustParse(t, `{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":["111122223333"]},"NotAction":["s3:Get*"],"NotResource":["arn:aws:s3:::b"]}]}`)
	if d := cmp.Diff(one.Statements, many.Statements); d != "" {
		t.Errorf("a string and a one-element list differ (-string +list):\n%s", d)
	}
	s := one.Statements[0]
	if s.Actions != nil || s.Resources != nil || !s.HasNotPrinc || s.HasPrincipal {
		t.Errorf("absent elements must stay nil: %+v", s)
	}
	empty := mustParse(t, `{"Statement":[{"Effect":"Allow","Action":[],"Resource":[]}]}`).Statements[0]
	if empty.Actions == nil || empty.Resources == nil {
		t.Error(`"Action": [] must be an empty list, not absent`)
	}
}

func TestConditionOperators(t *testing.T) {
	tests := []struct {
		op       string
		base     string
		set      string
		ifExists bool
	}{
		{"StringEquals", "StringEquals", "", false},
		{"StringLikeIfExists", "StringLike", "", true},
		{"ForAllValues:StringEquals", "StringEquals", "ForAllValues", false},
		{"ForAnyValue:ArnLikeIfExists", "ArnLike", "ForAnyValue", true},
		{"Null", "Null", "", false},
	}
	for _, tc := range tests {
		c := NewCondition(tc.op, "k", nil)
		if c.Base != tc.base || c.Set != tc.set || c.IfExists != tc.ifExists {
			t.Errorf("%s: got base %q set %q ifExists %v", tc.op, c.Base, c.Set, c.IfExists)
		}
	}
}

func TestBroad(t *testing.T) {
	tests := map[string]bool{
		"*":                                        true,
		"arn:aws:iam::*:role/*":                    true,
		"arn:aws:iam::123456789012:role/*":         true,
		"arn:aws:lambda:*:*:function:*":            true,
		"arn:aws:s3:::*":                           true,
		"arn:aws:s3:::*/*":                         true,
		"arn:aws:iam::*":                           true,
		"arn:*:*:*:*:*":                            true,
		"arn:aws:iam::123456789012:role/app-*":     false,
		"arn:aws:iam::123456789012:role/ci/*":      false,
		"arn:aws:iam::123456789012:role/deploy":    false,
		"arn:aws:s3:::reports/*":                   false,
		"arn:aws:s3:::reports*":                    false,
		"arn:aws:kms:us-east-1:123456789012:key/*": true,
		"(known after apply: aws_s3_bucket.b.arn)": false,
		"*/*":                                 true,
		"*:*":                                 true,
		"*abc":                                false,
		"arn:aws:s3:::?*/*":                   true,
		"arn:aws:s3:::??*":                    true,
		"arn:aws:s3:::?eports/*":              false,
		"arn:aws:iam::*:role*":                true,
		"arn:aws:iam::123456789012:user*":     true,
		"arn:aws:iam::123456789012:role-app*": false,
		"arn:aws:sns:us-east-1:123456789012:topic*": false,
	}
	for in, want := range tests {
		if got := Broad(in); got != want {
			t.Errorf("Broad(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestUnconstrained(t *testing.T) {
	allow := func(action, resource string) string {
		return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"` + action + `","Resource":"` + resource + `"}]}`
	}
	tests := []struct {
		name   string
		docs   []string
		action string
		want   Level
	}{
		{"exact action on *", []string{allow("iam:PassRole", "*")}, "iam:PassRole", Granted},
		{"case-insensitive", []string{allow("IAM:passrole", "*")}, "iam:PassRole", Granted},
		{"service wildcard", []string{allow("iam:*", "*")}, "iam:PassRole", Granted},
		{"? wildcard", []string{allow("iam:Pass?ole", "*")}, "iam:PassRole", Granted},
		{"other action", []string{allow("iam:GetRole", "*")}, "iam:PassRole", NotGranted},
		{"broad ARN", []string{allow("iam:PassRole", "arn:aws:iam::*:role/*")}, "iam:PassRole", Granted},
		{"named resource", []string{allow("iam:PassRole", "arn:aws:iam::123456789012:role/app")}, "iam:PassRole", NotGranted},
		{"NotAction admits", []string{`{"Statement":[{"Effect":"Allow","NotAction":"s3:*","Resource":"*"}]}`}, "iam:PassRole", Granted},
		{"NotAction excludes", []string{`{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}`}, "iam:PassRole", NotGranted},
		{"NotResource is broad", []string{`{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","NotResource":"arn:aws:iam::1:role/admin"}]}`}, "iam:PassRole", Granted},
		{"condition does not count", []string{`{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*","Condition":{"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}}}]}`}, "iam:PassRole", NotGranted},
		{"deny in another policy", []string{allow("iam:*", "*"), `{"Statement":[{"Effect":"Deny","Action":"iam:PassRole","Resource":"*"}]}`}, "iam:PassRole", NotGranted},
		{"deny NotAction", []string{allow("*", "*"), `{"Statement":[{"Effect":"Deny","NotAction":"s3:*","Resource":"*"}]}`}, "iam:PassRole", NotGranted},
		{"deny NotAction spares", []string{allow("*", "*"), `{"Statement":[{"Effect":"Deny","NotAction":"iam:*","Resource":"*"}]}`}, "iam:PassRole", Granted},
		{"deny on one role only", []string{allow("iam:PassRole", "*"), `{"Statement":[{"Effect":"Deny","Action":"iam:PassRole","Resource":"arn:aws:iam::1:role/admin"}]}`}, "iam:PassRole", Granted},
		{"conditional deny", []string{allow("iam:PassRole", "*"), `{"Statement":[{"Effect":"Deny","Action":"iam:PassRole","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}`}, "iam:PassRole", Granted},
		{"deny narrower pattern", []string{allow("iam:*", "*"), `{"Statement":[{"Effect":"Deny","Action":"iam:Pass*","Resource":"*"}]}`}, "iam:PassRole", NotGranted},
		{"another service's ARNs", []string{`{"Statement":[{"Effect":"Allow","Action":["s3:*","iam:PassRole"],"Resource":"arn:aws:s3:::*"}]}`}, "iam:PassRole", NotGranted},
		{"a table ARN names no role", []string{allow("iam:*", "arn:aws:dynamodb:*:*:table/*")}, "iam:PassRole", NotGranted},
		{"sts acts on IAM roles", []string{allow("sts:AssumeRole", "arn:aws:iam::*:role/*")}, "sts:AssumeRole", Granted},
		{"wildcard service field", []string{allow("iam:PassRole", "arn:aws:*:*:*:*")}, "iam:PassRole", Granted},
		{"deny on another service", []string{allow("iam:*", "*"), `{"Statement":[{"Effect":"Deny","Action":"*","Resource":"arn:aws:s3:::*"}]}`}, "iam:PassRole", Granted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := identityOf(t, tc.docs...).Unconstrained(tc.action); got.Level != tc.want {
				t.Errorf("got %v, want %v", got.Level, tc.want)
			}
		})
	}
}

func TestUnconstrainedUnknownAndBoundary(t *testing.T) {
	all := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`
	id := identityOf(t, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`)
	id.Policies = append(id.Policies, &Policy{Label: "late", Source: Source{Unknown: "policy is known only after apply"}})
	if g := id.Unconstrained("iam:PassRole"); g.Level != Undecided || g.From[0].Label != "late" {
		t.Errorf("a document known only after apply may grant anything: %+v", g)
	}
	if g := id.Unconstrained("s3:GetObject"); g.Level != Granted || len(g.From) != 1 {
		t.Errorf("a known grant stays granted: %+v", g)
	}
	// statement parts known only after apply
	partial := &Document{Statements: []*Statement{{Effect: Allow, Actions: []string{"iam:PassRole"}, Unknown: map[string]bool{"resource": true}}}}
	id = &Identity{Policies: []*Policy{{Label: "doc", Source: Source{Doc: partial, Partial: true}}}}
	if g := id.Unconstrained("iam:PassRole"); g.Level != Undecided {
		t.Errorf("unknown resources may be broad: %v", g.Level)
	}
	if g := id.Unconstrained("s3:GetObject"); g.Level != NotGranted {
		t.Errorf("known actions decide: %v", g.Level)
	}
	// a permissions boundary limits what the policies grant
	id = identityOf(t, all)
	id.Boundary = &Policy{Label: "boundary", Source: Source{Doc: mustParse(t, `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`)}}
	if g := id.Unconstrained("iam:PassRole"); g.Level != NotGranted {
		t.Errorf("boundary without iam: %v", g.Level)
	}
	if g := id.Unconstrained("s3:GetObject"); g.Level != Granted {
		t.Errorf("boundary with s3: %v", g.Level)
	}
	if len(id.Admin()) != 0 {
		t.Error("a boundary that limits makes an identity no administrator")
	}
	id = identityOf(t, all) // identities cache what they grant: a new one
	id.Boundary = &Policy{Label: "arn:aws:iam::123456789012:policy/boundary", ARN: "arn:aws:iam::123456789012:policy/boundary"}
	if g := id.Unconstrained("iam:PassRole"); g.Level != Granted || !strings.Contains(id.notAnalysedNote(), "permissions boundary arn:aws:iam::123456789012:policy/boundary") {
		t.Errorf("a boundary defined elsewhere is not analysed, and said so: %v %q", g.Level, id.notAnalysedNote())
	}
}

func TestPrivesc(t *testing.T) {
	passRole := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}`
	run := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:RunInstances"],"Resource":"*"}]}`
	paths := func(id *Identity) []string {
		var out []string
		for _, p := range id.Privesc() {
			if p.Level == Granted {
				out = append(out, p.ID)
			}
		}
		return out
	}
	split := identityOf(t, passRole, run)
	if got := paths(split); !cmp.Equal(got, []string{"RHINO-03"}) {
		t.Errorf("split across two policies: got %v, want RHINO-03", got)
	}
	is := split.PrivescIssues()
	if len(is) != 1 || !strings.Contains(is[0].Message, "iam:PassRole from p0, ec2:RunInstances from p1") || !strings.Contains(is[0].Message, "https://pathfinding.cloud/paths/ec2-001") {
		t.Errorf("message names the actions, their policies and the source: %+v", is)
	}
	for _, one := range []string{passRole, run} {
		if got := paths(identityOf(t, one)); len(got) != 0 {
			t.Errorf("one half alone completes nothing: %v", got)
		}
	}
	denied := identityOf(t, passRole, run, `{"Statement":[{"Effect":"Deny","Action":"ec2:Run*","Resource":"*"}]}`)
	if got := paths(denied); len(got) != 0 {
		t.Errorf("a Deny stops the path: %v", got)
	}
	constrained := identityOf(t, passRole, `{"Statement":[{"Effect":"Allow","Action":"ec2:RunInstances","Resource":"arn:aws:ec2:us-east-1:123456789012:instance/i-1"}]}`)
	if got := paths(constrained); len(got) != 0 {
		t.Errorf("a resource constraint stops the path: %v", got)
	}
	admin := identityOf(t, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`)
	is = admin.PrivescIssues()
	if len(is) != 1 || !strings.Contains(is[0].Message, "full administrator access") {
		t.Errorf("an administrator gets one finding: %+v", is)
	}
	late := identityOf(t, run)
	late.Policies = append(late.Policies, &Policy{Label: "late", Source: Source{Unknown: "policy is known only after apply"}})
	is = late.PrivescIssues()
	if len(is) != 1 || !is[0].Undecided || !strings.Contains(is[0].Message, "late: policy is known only after apply") || !strings.Contains(is[0].Message, "(any of them)") {
		t.Errorf("undecided paths are reported as such, naming the value: %+v", is)
	}
	partial := &Document{Statements: []*Statement{{Effect: Allow, Actions: []string{"iam:PassRole"}, Resources: []string{"*"}, Unknown: map[string]bool{"condition": true}}}}
	late = identityOf(t, run)
	late.Policies = append(late.Policies, &Policy{Label: "doc", Source: Source{Doc: partial, Partial: true, Unknown: "statement.condition is known only after apply"}})
	is = late.PrivescIssues()
	if len(is) != 1 || !is[0].Undecided || !strings.Contains(is[0].Message, "(such as RHINO-03)") {
		t.Errorf("an unknown condition leaves exactly the paths it decides undecided: %+v", is)
	}
	if is := identityOf(t, run).PrivescIssues(); len(is) != 0 {
		t.Errorf("nothing to report: %+v", is)
	}
	harmless := &Document{Statements: []*Statement{{Effect: Allow, Actions: []string{"s3:GetObject"}, Unknown: map[string]bool{"resource": true}}}}
	late = &Identity{Policies: []*Policy{{Label: "doc", Source: Source{Doc: harmless, Partial: true, Unknown: "statement.resource is known only after apply"}}}}
	if is := late.PrivescIssues(); len(is) != 0 {
		t.Errorf("an unknown resource of an action on no path decides nothing: %+v", is)
	}
}

// TestEveryPathCompletes builds, for every path of the catalog, an identity
// with exactly the path's actions split over two policies.
func TestEveryPathCompletes(t *testing.T) {
	for _, p := range catalog.PrivescPaths() {
		half := (len(p.Actions) + 1) / 2
		doc := func(actions []string) string {
			if len(actions) == 0 {
				actions = []string{"sts:GetCallerIdentity"}
			}
			return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["` + strings.Join(actions, `","`) + `"],"Resource":"*"}]}`
		}
		id := identityOf(t, doc(p.Actions[:half]), doc(p.Actions[half:]))
		found := false
		for _, got := range id.Privesc() {
			found = found || (got.ID == p.ID && got.Level == Granted)
		}
		if !found {
			t.Errorf("%s (%s) does not complete", p.ID, strings.Join(p.Actions, " + "))
		}
	}
}

func TestRiskClasses(t *testing.T) {
	tests := []struct {
		name  string
		check func(*Identity) []Issue
		docs  []string
		want  string // "" for no issue
	}{
		{"exfiltration", (*Identity).DataExfiltration, []string{`{"Statement":[{"Effect":"Allow","Action":["s3:Get*","ssm:GetParameter"],"Resource":"*"}]}`}, `s3:GetObject \(p0\), ssm:GetParameter \(p0\)`},
		{"exfiltration constrained", (*Identity).DataExfiltration, []string{`{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}`}, ""},
		{"credentials", (*Identity).CredentialsExposure, []string{`{"Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"*"}]}`}, `iam:CreateAccessKey`},
		{"credentials for own user only", (*Identity).CredentialsExposure, []string{`{"Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::123456789012:user/${aws:username}"}]}`}, ""},
		{"resource exposure", (*Identity).ResourceExposure, []string{`{"Statement":[{"Effect":"Allow","Action":"s3:PutBucketPolicy","Resource":"*"}]}`}, `s3:PutBucketPolicy`},
		{"resource exposure with condition", (*Identity).ResourceExposure, []string{`{"Statement":[{"Effect":"Allow","Action":"s3:PutBucketPolicy","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"a"}}}]}`}, ""},
		{"administrators are left to privesc", (*Identity).ResourceExposure, []string{`{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`}, ""},
		{"audit trail", (*Identity).AuditTrailDuty, []string{`{"Statement":[{"Effect":"Allow","Action":["cloudtrail:StopLogging","iam:AttachRolePolicy"],"Resource":"*"}]}`}, `change permissions \(iam:AttachRolePolicy.*cloudtrail:StopLogging`},
		{"audit trail only", (*Identity).AuditTrailDuty, []string{`{"Statement":[{"Effect":"Allow","Action":["cloudtrail:*"],"Resource":"*"}]}`}, ""},
		{"kms same key", (*Identity).KMSDuty, []string{`{"Statement":[{"Effect":"Allow","Action":["kms:PutKeyPolicy","kms:Decrypt"],"Resource":"arn:aws:kms:us-east-1:123456789012:key/k1"}]}`}, `key/k1.*kms:PutKeyPolicy in p0 statement 0, and kms:Decrypt in p0 statement 0`},
		{"kms across policies", (*Identity).KMSDuty, []string{`{"Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}`, `{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:123456789012:key/k1"}]}`}, `administer and use`},
		{"kms and shared bucket", (*Identity).KMSDuty, []string{`{"Statement":[{"Effect":"Allow","Action":["kms:PutKeyPolicy","s3:PutObject"],"Resource":["arn:aws:kms:us-east-1:123456789012:key/k1","arn:aws:s3:::b/*"]},{"Effect":"Allow","Action":["kms:Decrypt","s3:GetObject"],"Resource":["arn:aws:kms:us-east-1:123456789012:key/k2","arn:aws:s3:::b/*"]}]}`}, ""},
		{"credentials on another service's ARNs", (*Identity).CredentialsExposure, []string{`{"Statement":[{"Effect":"Allow","Action":["s3:*","iam:CreateAccessKey"],"Resource":"arn:aws:s3:::*"}]}`}, ""},
		{"audit trail on its own service only", (*Identity).AuditTrailDuty, []string{`{"Statement":[{"Effect":"Allow","Action":["cloudtrail:StopLogging","iam:AttachRolePolicy"],"Resource":"arn:aws:cloudtrail:*:*:trail/*"}]}`}, ""},
		{"kms different keys", (*Identity).KMSDuty, []string{`{"Statement":[{"Effect":"Allow","Action":"kms:ScheduleKeyDeletion","Resource":"arn:aws:kms:us-east-1:123456789012:key/k1"},{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:123456789012:key/k2"}]}`}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			is := tc.check(identityOf(t, tc.docs...))
			switch {
			case tc.want == "" && len(is) > 0:
				t.Errorf("unexpected: %+v", is)
			case tc.want != "" && (len(is) != 1 || !regexp.MustCompile(tc.want).MatchString(is[0].Message)):
				t.Errorf("want one issue matching %q, got %+v", tc.want, is)
			}
		})
	}
}

func TestDocumentChecks(t *testing.T) {
	tests := []struct {
		name  string
		check func(*Document) []Issue
		doc   string
		want  string // "" for no issue
	}{
		{"admin", AdminAccess, `{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`, "full administrator"},
		{"admin on some resources", AdminAccess, `{"Statement":[{"Effect":"Allow","Action":"*","Resource":"arn:aws:s3:::b"}]}`, ""},
		{"service wildcard", ServiceWildcards, `{"Statement":[{"Effect":"Allow","Action":["s3:*","ec2:Describe*"],"Resource":"*"}]}`, `\(s3:\*\)`},
		{"service wildcard in NotAction", ServiceWildcards, `{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}`, `NotAction \(iam:\*\)`},
		{"prefix wildcard passes", ServiceWildcards, `{"Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}`, ""},
		{"deny wildcard passes", ServiceWildcards, `{"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}`, ""},
		{"not action", AllowNotAction, `{"Statement":[{"Effect":"Allow","NotAction":["iam:*"],"Resource":"*"}]}`, `except \[iam:\*\]`},
		{"deny not action passes", AllowNotAction, `{"Statement":[{"Effect":"Deny","NotAction":["iam:*"],"Resource":"*"}]}`, ""},
		{"not resource", AllowNotResource, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::secret/*"}]}`, `except \[arn:aws:s3:::secret/\*\]`},
		{"passrole star", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}`, "PASS_ROLE_WITH_STAR_IN_RESOURCE\\)"},
		{"passrole star action", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}`, "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE"},
		{"passrole not action", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","NotAction":"s3:*","Resource":"*"}]}`, "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION"},
		{"passrole not resource", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","NotResource":"arn:aws:iam::1:role/admin"}]}`, "PASS_ROLE_WITH_NOTRESOURCE"},
		{"passrole not action not resource", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","NotAction":"s3:*","NotResource":"arn:aws:iam::1:role/admin"}]}`, "PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE"},
		{"passrole star action not resource", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"*","NotResource":"arn:aws:iam::1:role/admin"}]}`, "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE"},
		{"passrole all roles by ARN", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::123456789012:role/*"}]}`, "role/\\*"},
		{"passrole to service", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*","Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}}]}`, ""},
		{"passrole with another service's ARNs", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":["s3:*","iam:PassRole"],"Resource":["arn:aws:s3:::*","arn:aws:s3:::*/*"]}]}`, ""},
		{"passrole shape names role patterns only", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":["s3:*","iam:PassRole"],"Resource":["arn:aws:s3:::*","arn:aws:iam::*:role/*"]}]}`, `\(Resource "arn:aws:iam::\*:role/\*"\)`},
		{"kms decrypt with other ARNs", KMSDecryptAll, `{"Statement":[{"Effect":"Allow","Action":["kms:Decrypt","s3:GetObject"],"Resource":"arn:aws:s3:::*/*"}]}`, ""},
		{"passrole to any service", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*","Condition":{"StringLike":{"iam:PassedToService":"*.amazonaws.com"}}}]}`, "with an iam:PassedToService condition that admits any service"},
		{"passrole named", PassRoleAllRoles, `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::123456789012:role/app"}]}`, ""},
		{"kms decrypt", KMSDecryptAll, `{"Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}`, "kms:Decrypt and kms:ReEncryptFrom"},
		{"kms decrypt with condition", KMSDecryptAll, `{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"s3.us-east-1.amazonaws.com"}}}]}`, "kms:Decrypt on all KMS keys"},
		{"kms decrypt denied", KMSDecryptAll, `{"Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"},{"Effect":"Deny","Action":["kms:Decrypt","kms:ReEncrypt*"],"Resource":"*"}]}`, ""},
		{"kms named key", KMSDecryptAll, `{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:123456789012:key/k"}]}`, ""},
		{"missing version", MissingVersion, `{"Statement":[]}`, "MISSING_VERSION"},
		{"version", MissingVersion, `{"Version":"2012-10-17","Statement":[]}`, ""},
		{"old version", MissingVersion, `{"Version":"2008-10-17","Statement":[]}`, "obsolete"},
		{"forallvalues single", ForAllValuesSingleValued, `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:PrincipalOrgID":"o-1"}}}]}`, "single-valued key aws:PrincipalOrgID"},
		{"forallvalues tag", ForAllValuesSingleValued, `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:RequestTag/team":"a"}}}]}`, "aws:RequestTag/team"},
		{"forallvalues multi", ForAllValuesSingleValued, `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["a"]}}}]}`, ""},
		{"not principal", NotPrincipalAllow, `{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::1:root"},"Action":"sqs:*","Resource":"*"}]}`, "ALLOW_WITH_NOTPRINCIPAL"},
		{"deny not principal", NotPrincipalAllow, `{"Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::1:root"},"Action":"sqs:*","Resource":"*"}]}`, ""},
		{"public", PublicPrincipal, `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:SendMessage","Resource":"*"}]}`, "sqs:SendMessage to Principal"},
		{"public but denied outside a VPC endpoint", PublicPrincipal, `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]}`, ""},
		{"public and denied on one queue only", PublicPrincipal, `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:1:other"}]}`, "sqs:SendMessage to Principal"},
		{"public from a topic", PublicPrincipal, `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:123456789012:t"}}}]}`, ""},
		{"service without source", ServicePrincipalWithoutSource, `{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*"}]}`, "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL"},
		{"service with source", ServicePrincipalWithoutSource, `{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:123456789012:t"}}}]}`, ""},
		{"service with negated source", ServicePrincipalWithoutSource, `{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceAccount":"123456789012"}}}]}`, "sns.amazonaws.com"},
		{"key policy encryption context", ServicePrincipalWithoutSource, `{"Statement":[{"Effect":"Allow","Principal":{"Service":"logs.us-east-1.amazonaws.com"},"Action":"kms:Encrypt*","Resource":"*","Condition":{"ArnLike":{"kms:EncryptionContext:aws:logs:arn":"arn:aws:logs:us-east-1:123456789012:*"}}}]}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			is := tc.check(mustParse(t, tc.doc))
			switch {
			case tc.want == "" && len(is) > 0:
				t.Errorf("unexpected: %+v", is)
			case tc.want != "" && (len(is) != 1 || !regexp.MustCompile(tc.want).MatchString(is[0].Message)):
				t.Errorf("want one issue matching %q, got %+v", tc.want, is)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		kind Kind
		doc  string
		want string // "" for valid
	}{
		{IdentityPolicy, `{"Version":"2012-10-17","Statement":[{"Sid":"Read1","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`, ""},
		{IdentityPolicy, `{"Version":"2012-10-18","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`, "INVALID_VERSION"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3GetObject","Resource":"*"}]}`, "INVALID_ACTION"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:Get Object","Resource":"*"}]}`, "INVALID_ACTION"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}`, "MISSING_RESOURCE"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`, "UNSUPPORTED_ELEMENT_COMBINATION"},
		{IdentityPolicy, `{"Statement":[{"Sid":"read-all","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`, "UNSUPPORTED_SID"},
		{IdentityPolicy, `{"Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"A","Effect":"Allow","Action":"s3:PutObject","Resource":"*"}]}`, "UNIQUE_SIDS_REQUIRED"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEqualz":{"aws:username":"a"}}}]}`, "INVALID_CONDITION_OPERATOR"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"ForEveryValue:StringEquals":{"aws:TagKeys":"a"}}}]}`, "INVALID_CONDITION_OPERATOR"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"NullIfExists":{"aws:TokenIssueTime":"true"}}}]}`, "NULL_WITH_IF_EXISTS"},
		{IdentityPolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"stringequals":{"aws:username":"a"}}}]}`, ""},
		{ResourcePolicy, `{"Statement":[{"Sid":"any sid works","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:GetObject","Resource":"*"}]}`, ""},
		{ResourcePolicy, `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`, "MISSING_PRINCIPAL"},
		{ResourcePolicy, `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::*:root"},"Action":"s3:GetObject","Resource":"*"}]}`, "UNSUPPORTED_WILDCARD_IN_PRINCIPAL"},
		{TrustPolicy, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}`, ""},
		{TrustPolicy, `{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}`, "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE"},
		{TrustPolicy, `{"Statement":[{"Effect":"Allow","NotPrincipal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}`, "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL"},
		{TrustPolicy, `{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}`, "MISSING_PRINCIPAL"},
	}
	for _, tc := range tests {
		is := Validate(mustParse(t, tc.doc), tc.kind)
		switch {
		case tc.want == "" && len(is) > 0:
			t.Errorf("%s %s: unexpected %+v", tc.kind, tc.doc, is)
		case tc.want != "" && (len(is) != 1 || !strings.Contains(is[0].Message, tc.want) || is[0].Check != CheckInvalid):
			t.Errorf("%s %s: want one %s, got %+v", tc.kind, tc.doc, tc.want, is)
		}
	}
}

func TestTrust(t *testing.T) {
	const gh = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
	oidc := func(provider, cond string) string {
		return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"` + provider + `"},"Action":"sts:AssumeRoleWithWebIdentity"` + cond + `}]}`
	}
	tests := []struct {
		name  string
		check func(*Document) []Issue
		doc   string
		want  string
	}{
		{"anyone", TrustPublic, `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}`, `Principal "\*"`},
		{"anyone in the organisation", TrustPublic, `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}}]}`, ""},
		{"anyone with an external ID", TrustPublic, `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x"}}}]}`, ""},
		{"anyone from an IP range", TrustPublic, `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}`, "source IP range is no such condition"},
		{"anyone from an IP range in the organisation", TrustPublic, `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"},"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}}]}`, ""},
		{"anyone over TLS", TrustPublic, `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}`, "without a condition"},
		{"github without sub", TrustOIDC, oidc(gh, `,"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}`), "MISSING_GITHUB_REPO_CONDITION_KEY.*any GitHub repository"},
		{"github any repo", TrustOIDC, oidc(gh, `,"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:*"}}`), `sub "repo:\*"`},
		{"github star", TrustOIDC, oidc(gh, `,"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":["repo:octo/app:*","*"]}}`), `sub "\*"`},
		{"github one org", TrustOIDC, oidc(gh, `,"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:octo-org/*"}}`), ""},
		{"github one repo", TrustOIDC, oidc(gh, `,"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":"repo:octo-org/app:ref:refs/heads/main"}}`), ""},
		{"no conditions", TrustOIDC, oidc("arn:aws:iam::123456789012:oidc-provider/accounts.google.com", ""), "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL"},
		{"google with audience", TrustOIDC, oidc("accounts.google.com", `,"Condition":{"StringEquals":{"accounts.google.com:aud":"my-client-id"}}`), ""},
		{"eks without sub", TrustOIDC, oidc("arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC", `,"Condition":{"StringEquals":{"oidc.eks.us-east-1.amazonaws.com/id/ABC:aud":"sts.amazonaws.com"}}`), "any service account in the EKS cluster"},
		{"condition on another provider", TrustOIDC, oidc(gh, `,"Condition":{"StringEquals":{"gitlab.com:sub":"project_path:g/p:ref_type:branch:ref:main"}}`), "without any condition"},
		{"negated condition", TrustOIDC, oidc(gh, `,"Condition":{"StringNotEquals":{"token.actions.githubusercontent.com:sub":"repo:evil/x"}}`), "without any condition"},
		{"saml", TrustOIDC, `{"Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:saml-provider/okta"},"Action":"sts:AssumeRoleWithSAML"}]}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			is := tc.check(mustParse(t, tc.doc))
			switch {
			case tc.want == "" && len(is) > 0:
				t.Errorf("unexpected: %+v", is)
			case tc.want != "" && (len(is) != 1 || !regexp.MustCompile(tc.want).MatchString(is[0].Message)):
				t.Errorf("want one issue matching %q, got %+v", tc.want, is)
			}
		})
	}
	// a provider ARN known only after apply: the condition keys name it
	deferred := &Document{Version: "2012-10-17", Statements: []*Statement{{Effect: Allow, Actions: []string{"sts:AssumeRoleWithWebIdentity"}, HasPrincipal: true,
		Principals: []Principal{{Type: "Federated", ID: "(known after apply: aws_iam_openid_connect_provider.github.arn)"}},
		Conditions: []Condition{NewCondition("StringEquals", "token.actions.githubusercontent.com:aud", []string{"sts.amazonaws.com"})}}}}
	if is := TrustOIDC(deferred); len(is) != 1 || !strings.Contains(is[0].Message, "token.actions.githubusercontent.com:sub") {
		t.Errorf("deferred GitHub provider: %+v", is)
	}
	deferred.Statements[0].Conditions = nil
	if is := TrustOIDC(deferred); len(is) != 1 || !strings.Contains(is[0].Message, "without any condition") {
		t.Errorf("deferred provider without conditions: %+v", is)
	}
}

func TestTrustCrossAccount(t *testing.T) {
	own := map[string]bool{"123456789012": true}
	tests := []struct {
		doc  string
		want string
	}{
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}`, "111122223333"},
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":["444455556666","arn:aws:iam::123456789012:role/ci"]},"Action":"sts:AssumeRole"}]}`, `\(444455556666\)`},
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}`, ""},
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"abc"}}}]}`, ""},
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}`, ""},
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"true"}}}]}`, "111122223333"},
		{`{"Statement":[{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}`, ""},
		{`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/x"}}}]}`, "111122223333"},
		{`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalAccount":"111122223333"}}}]}`, "111122223333"},
		{`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalAccount":"123456789012"}}}]}`, ""},
		{`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalAccount":"111122223333","sts:ExternalId":"abc"}}}]}`, ""},
	}
	for _, tc := range tests {
		is := TrustCrossAccount(mustParse(t, tc.doc), own)
		switch {
		case tc.want == "" && len(is) > 0:
			t.Errorf("%s: unexpected %+v", tc.doc, is)
		case tc.want != "" && (len(is) != 1 || !regexp.MustCompile(tc.want).MatchString(is[0].Message)):
			t.Errorf("%s: want %q, got %+v", tc.doc, tc.want, is)
		}
	}
	for in, want := range map[string]string{
		"111122223333":                                  "111122223333",
		"arn:aws:iam::111122223333:role/x":              "111122223333",
		"arn:aws-cn:sts::111122223333:assumed-role/x/y": "111122223333",
		"*":                   "",
		"arn:aws:s3:::bucket": "",
		"(known after apply: aws_iam_role.x.arn)": "",
	} {
		if got := AccountOf(in); got != want {
			t.Errorf("AccountOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKindAndAudit(t *testing.T) {
	tests := []struct {
		doc   string
		kind  Kind
		check string
	}{
		{`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`, IdentityPolicy, CheckAdmin},
		{`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}`, TrustPolicy, CheckTrustPublic},
		{`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"}]}`, ResourcePolicy, CheckPublic},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.doc)
		if k := KindOf(d); k != tc.kind {
			t.Errorf("%s: kind %v, want %v", tc.doc, k, tc.kind)
		}
		if is := Audit(d); len(is) == 0 || is[0].Check != tc.check {
			t.Errorf("%s: want %s first, got %+v", tc.doc, tc.check, is)
		}
	}
	// the administrator finding stands for what it implies
	is := AuditIdentity(mustParse(t, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`))
	var checks []string
	for _, i := range is {
		checks = append(checks, i.Check)
	}
	if !cmp.Equal(checks, []string{CheckAdmin, CheckKMSDecrypt}) {
		t.Errorf("admin policy: %v", checks)
	}
	// one document completing a path, judged alone
	is = AuditIdentity(mustParse(t, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","lambda:CreateFunction","lambda:InvokeFunction"],"Resource":"*"}]}`))
	checks = nil
	for _, i := range is {
		checks = append(checks, i.Check)
	}
	if !cmp.Equal(checks, []string{CheckPassRole, CheckPrivesc}) || !strings.HasPrefix(is[1].Message, "A principal holding this policy can raise its own privileges") {
		t.Errorf("privesc policy: %v %+v", checks, is)
	}
}

func TestAWSManaged(t *testing.T) {
	for arn, want := range map[string]string{
		"arn:aws:iam::aws:policy/AdministratorAccess":                "AdministratorAccess",
		"arn:aws-us-gov:iam::aws:policy/job-function/ViewOnlyAccess": "ViewOnlyAccess",
		"arn:aws:iam::123456789012:policy/AdministratorAccess":       "",
		"arn:aws:iam::aws:role/AdministratorAccess":                  "",
		"AdministratorAccess":                                        "",
	} {
		if got := AWSManagedName(arn); got != want {
			t.Errorf("AWSManagedName(%q) = %q, want %q", arn, got, want)
		}
	}
	for _, name := range []string{"AdministratorAccess", "PowerUserAccess", "IAMFullAccess", "AmazonS3FullAccess", "AmazonS3ReadOnlyAccess", "AmazonEC2FullAccess", "AWSCloudShellFullAccess", "SecretsManagerReadWrite"} {
		if _, ok := AWSManaged(name); !ok {
			t.Errorf("%s is not embedded", name)
		}
	}
	power, _ := AWSManaged("PowerUserAccess")
	id := &Identity{Policies: []*Policy{{Label: "power", Source: Source{Doc: power}}}}
	if g := id.Unconstrained("iam:PassRole"); g.Level != NotGranted {
		t.Error("PowerUserAccess excludes IAM")
	}
	if g := id.Unconstrained("lambda:UpdateFunctionCode"); g.Level != Granted {
		t.Error("PowerUserAccess allows lambda:UpdateFunctionCode")
	}
}

// TestAccessAnalyzerCodes checks that every Access Analyzer issue code the
// messages cite is one of the catalog's checks.
func TestAccessAnalyzerCodes(t *testing.T) {
	known := map[string]bool{}
	for _, c := range catalog.AccessAnalyzerChecks() {
		known[c.IssueCode] = true
	}
	codeRe := regexp.MustCompile(`\b(?:Access Analyzer: |bad\(s, "|bad\(nil, "|return ")([A-Z][A-Z_]{5,}[A-Z])\b`)
	for _, f := range []string{"audit.go", "trust.go", "validate.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range codeRe.FindAllStringSubmatch(string(src), -1) {
			n++
			if !known[m[1]] {
				t.Errorf("%s cites %s, which access_analyzer_checks.tsv does not list", f, m[1])
			}
		}
		if n == 0 {
			t.Errorf("%s cites no Access Analyzer code", f)
		}
	}
}
