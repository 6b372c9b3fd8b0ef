package policy

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseNormalises(t *testing.T) {
	d, err := Parse(`{
	  "Version": "2012-10-17",
	  "Statement": {
	    "Sid": "One",
	    "Effect": "Allow",
	    "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"], "Service": "s3.amazonaws.com"},
	    "Action": "s3:GetObject",
	    "Resource": ["arn:aws:s3:::b/*"],
	    "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:PrincipalOrgPaths": ["o-1/*", 7, true]}}
	  }
	}`)
	if err != nil {
		t.Fatal(err)
	}
	s := d.Statements[0]
	want := &Statement{
		Sid: "One", Effect: Allow, HasPrincipal: true,
		Principals: []Principal{{"AWS", "arn:aws:iam::111122223333:root"}, {"AWS", "*"}, {"Service", "s3.amazonaws.com"}},
		Actions:    []string{"s3:GetObject"},
		Resources:  []string{"arn:aws:s3:::b/*"},
		Conditions: []Condition{{
			Operator: "ForAnyValue:StringLikeIfExists", Base: "StringLike", Set: "ForAnyValue", IfExists: true,
			Key: "aws:PrincipalOrgPaths", Values: []string{"o-1/*", "7", "true"},
		}},
	}
	if d := cmp.Diff(want, s); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if !s.Public() {
		t.Error(`{"AWS": "*"} is public`)
	}
	if d.Version != "2012-10-17" {
		t.Errorf("version %q", d.Version)
	}
}

func TestParseErrors(t *testing.T) {
	tests := map[string]string{
		`not json`:                            "malformed JSON",
		`[]`:                                  "must be a JSON object",
		`{"Statement": []} {}`:                "data after the document",
		`{"Version": 1, "Statement": []}`:     "Version must be a string",
		`{"Statement": "x"}`:                  "Statement must be an object or a list",
		`{}`:                                  "no Statement",
		`{"statement": []}`:                   "case-sensitive",
		`{"Statement": [], "Extra": 1}`:       `unknown key "Extra"`,
		`{"Statement": [{"Action": "s3:*"}]}`: "has no Effect",
		`{"Statement": [{"Effect": "allow", "Action": "s3:*"}]}`:                                `Effect must be "Allow" or "Deny"`,
		`{"Statement": [{"Effect": "Allow"}]}`:                                                  "neither Action nor NotAction",
		`{"Statement": [{"Effect": "Allow", "Action": [1]}]}`:                                   "Action[0] must be a string",
		`{"Statement": [{"Effect": "Allow", "Action": {}}]}`:                                    "Action must be a string or a list",
		`{"Statement": [{"Effect": "Allow", "Action": "a", "NotAction": "b"}]}`:                 "both Action and NotAction",
		`{"Statement": [{"Effect": "Allow", "Action": "a", "Principal": "me"}]}`:                `must be "*" or an object`,
		`{"Statement": [{"Effect": "Allow", "Action": "a", "Principal": {"User": "x"}}]}`:       "unknown principal type",
		`{"Statement": [{"Effect": "Allow", "Action": "a", "Condition": []}]}`:                  "Condition must be an object",
		`{"Statement": [{"Effect": "Allow", "Action": "a", "Condition": {"Bool": {"k": {}}}}]}`: "must be a string, number or boolean",
		`{"Statement": [{"Effect": "Allow", "Effect": "Deny", "Action": "a"}]}`:                 `duplicate key "Effect"`,
	}
	for in, want := range tests {
		_, err := Parse(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", in, err, want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"s3:*", "s3:GetObject", true},
		{"S3:get*", "s3:GetObject", true},
		{"s3:Get?bject", "s3:GetObject", true},
		{"s3:Get?bject", "s3:GetObjectAcl", false},
		{"*", "anything", true},
		{"ec2:Describe*", "ec2:RunInstances", false},
		{"iam:*Policy*", "iam:PutRolePolicy", true},
		{"a*b*c", "aXbYbZc", true},
		{"a*b*c", "aXbYbZ", false},
	}
	for _, tc := range tests {
		if got := Match(tc.pattern, tc.s); got != tc.want {
			t.Errorf("Match(%q, %q) = %v", tc.pattern, tc.s, got)
		}
	}
	if MatchCase("arn:aws:s3:::B", "arn:aws:s3:::b") {
		t.Error("MatchCase must be case-sensitive")
	}
}

func TestIntersectsAndCovers(t *testing.T) {
	inter := []struct {
		a, b string
		want bool
	}{
		{"s3:Get*", "s3:*Object", true},
		{"s3:GetObject", "s3:Get*", true},
		{"s3:Put*", "s3:Get*", false},
		{"*", "kms:Decrypt", true},
		{"kms:Re*", "kms:ReEncryptFrom", true},
		{"s3:?", "s3:ab", false},
	}
	for _, tc := range inter {
		if got := Intersects(tc.a, tc.b); got != tc.want {
			t.Errorf("Intersects(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
	covers := []struct {
		p, q string
		want bool
	}{
		{"s3:*", "s3:Get*", true},
		{"s3:Get*", "s3:*", false},
		{"*", "s3:Get*", true},
		{"s3:G*", "s3:Get*", true},
		{"s3:GetObject", "s3:GetObject", true},
		{"s3:Get*", "s3:GetObject", true},
		{"s3:*Object", "s3:Get*", false},
	}
	for _, tc := range covers {
		if got := Covers(tc.p, tc.q); got != tc.want {
			t.Errorf("Covers(%q, %q) = %v", tc.p, tc.q, got)
		}
	}
}

func TestConditionRestricts(t *testing.T) {
	tests := []struct {
		op, key string
		vals    []string
		want    bool
	}{
		{"StringEquals", "aws:PrincipalOrgID", []string{"o-abc"}, true},
		{"StringEquals", "AWS:SourceVpce", []string{"vpce-1"}, true},
		{"ArnLike", "aws:SourceArn", []string{"arn:aws:cloudtrail:us-east-1:111122223333:trail/*"}, true},
		{"ArnLike", "aws:SourceArn", []string{"arn:aws:cloudtrail:*:*:trail/*"}, false},
		{"StringLike", "aws:PrincipalOrgID", []string{"*"}, false},
		{"StringEqualsIfExists", "aws:PrincipalOrgID", []string{"o-abc"}, false},
		{"ForAllValues:StringEquals", "aws:PrincipalOrgID", []string{"o-abc"}, false},
		{"StringNotEquals", "aws:PrincipalOrgID", []string{"o-abc"}, false},
		{"Bool", "aws:SecureTransport", []string{"true"}, false},
		{"StringLike", "s3:prefix", []string{"home/"}, false},
		{"IpAddress", "aws:SourceIp", []string{"203.0.113.0/24"}, true},
		{"IpAddress", "aws:SourceIp", []string{"0.0.0.0/0"}, false},
		{"IpAddress", "aws:SourceIp", []string{"::/0"}, false},
		{"IpAddress", "aws:SourceIp", []string{"198.51.100.7"}, true},
		{"StringEquals", "kms:CallerAccount", []string{"111122223333"}, true},
		{"StringEquals", "kms:ViaService", []string{"s3.us-east-1.amazonaws.com"}, false},
		{"StringEquals", "s3:x-amz-server-side-encryption-aws-kms-key-id", []string{"arn:aws:kms:us-east-1:111122223333:key/1"}, false},
		{"StringLike", "aws:SourceVpce", []string{"vpce-*"}, false},
		{"StringLike", "aws:SourceVpc", []string{"vpc-*"}, false},
		{"StringLike", "aws:SourceVpce", []string{"vpce-0123456789abcdef0"}, true},
		{"ArnLike", "aws:SourceArn", []string{"arn:aws:*"}, false},
		{"ArnLike", "aws:SourceArn", []string{"arn:aws:sns:*"}, false},
		{"StringEquals", "aws:SourceVpce", []string{"${aws:SourceVpce}"}, false},
	}
	for _, tc := range tests {
		c := NewCondition(tc.op, tc.key, tc.vals)
		if got := c.Restricts(); got != tc.want {
			t.Errorf("%s %s %v: Restricts = %v", tc.op, tc.key, tc.vals, got)
		}
	}
}

func TestPublicAccess(t *testing.T) {
	read := []string{"s3:Get*", "s3:List*"}
	tests := map[string]struct {
		policy string
		grants int
	}{
		"star principal":               {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`, 1},
		"not action admits read":       {`{"Statement":[{"Effect":"Allow","Principal":"*","NotAction":"s3:Put*","Resource":"*"}]}`, 1},
		"not action excludes read":     {`{"Statement":[{"Effect":"Allow","Principal":"*","NotAction":["s3:Get*","s3:List*"],"Resource":"*"}]}`, 0},
		"not principal":                {`{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::1:root"},"Action":"s3:*","Resource":"*"}]}`, 1},
		"named account":                {`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"*"}]}`, 0},
		"org condition":                {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}]}`, 0},
		"write only":                   {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:PutObject","Resource":"*"}]}`, 0},
		"deny all":                     {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}`, 0},
		"deny outside vpce":            {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]}`, 0},
		"deny insecure transport only": {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`, 1},
		"deny covers less":             {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`, 1},
		"deny on a prefix only":        {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/private/*"}]}`, 1},
		"deny on the same objects":     {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"]}]}`, 0},
		"deny with other case":         {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::B/*"}]}`, 1},
		"deny not resource":            {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","NotResource":"arn:aws:s3:::b/public/*"}]}`, 1},
	}
	for name, tc := range tests {
		d, err := Parse(tc.policy)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		grants, undecided := d.PublicAccess(read...)
		if len(grants) != tc.grants || len(undecided) != 0 {
			t.Errorf("%s: %d grants, %d undecided; want %d", name, len(grants), len(undecided), tc.grants)
		}
	}
}

// TestAnyAccountAccess: S3 counts a fixed source IP range as restricting
// who; policies that admit AWS principals need conditions on accounts.
func TestAnyAccountAccess(t *testing.T) {
	tests := map[string]struct {
		policy         string
		public, anyAcc int
	}{
		"ip range":         {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}`, 0, 1},
		"ip range and vpc": {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"},"StringEquals":{"aws:SourceVpc":"vpc-1"}}}]}`, 0, 0},
		"caller account":   {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012"}}}]}`, 0, 0},
		"no condition":     {`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}`, 1, 1},
	}
	for name, tc := range tests {
		d, err := Parse(tc.policy)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		public, _ := d.PublicAccess("kms:*")
		anyAcc, _ := d.AnyAccountAccess("kms:*")
		if len(public) != tc.public || len(anyAcc) != tc.anyAcc {
			t.Errorf("%s: PublicAccess %d, AnyAccountAccess %d grants; want %d, %d", name, len(public), len(anyAcc), tc.public, tc.anyAcc)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}`,
		`{"Statement":{"Effect":"Deny","NotAction":["a"],"Condition":{"StringNotEquals":{"aws:SourceVpce":["v"]}}}}`,
		`{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":["x"]},"Action":"*"}]}`,
		`[]`, `{`, `{"a":{"a":{"a":1}}}`,
	} {
		f.Add(s)
	}
	f.Add(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:*"}}}]}`)
	f.Add(`{"Statement":[{"Effect":"Allow","Action":["iam:PassRole","ec2:Run?nstances"],"NotResource":"arn:aws:iam::*:role/*"},{"Effect":"Deny","NotAction":"iam:*","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:SourceIp":"1"}}}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse returned %T, not a *ParseError", err)
			}
			return
		}
		for _, st := range d.Statements {
			st.Public()
			st.Restricted()
			st.AllowsAction("s3:Get*")
		}
		d.PublicAccess("s3:Get*", "s3:*")
		// the evaluator: every check, on every kind, and the document judged
		// as an identity's only policy next to another one
		for _, is := range [][]Issue{Audit(d), AuditIdentity(d), AuditResource(d), AuditTrust(d), TrustCrossAccount(d, map[string]bool{"123456789012": true})} {
			for _, i := range is {
				if i.Check == "" || i.Message == "" {
					t.Fatalf("issue without check or message: %+v", i)
				}
			}
		}
		id := standalone(d)
		id.Policies = append(id.Policies, &Policy{Label: "late", Source: Source{Unknown: "x is known only after apply"}})
		id.Boundary = &Policy{Label: "boundary", Source: Source{Doc: d}}
		id.PrivescIssues()
		id.KMSDuty()
		id.AuditTrailDuty()
	})
}
