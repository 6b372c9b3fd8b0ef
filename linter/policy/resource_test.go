package policy

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPrincipalAccount(t *testing.T) {
	tests := []struct {
		p       Principal
		account string
		root    bool
	}{
		{Principal{"AWS", "123456789012"}, "123456789012", true},
		{Principal{"AWS", "arn:aws:iam::123456789012:root"}, "123456789012", true},
		{Principal{"AWS", "arn:aws-us-gov:iam::123456789012:root"}, "123456789012", true},
		{Principal{"AWS", "arn:aws:iam::123456789012:role/admin"}, "123456789012", false},
		{Principal{"AWS", "arn:aws:sts::123456789012:assumed-role/admin/session"}, "123456789012", false},
		{Principal{"AWS", "arn:aws:iam::123456789012:role/root"}, "123456789012", false},
		{Principal{"AWS", "*"}, "", false},
		{Principal{"*", "*"}, "", false},
		{Principal{"Service", "logs.amazonaws.com"}, "", false},
		{Principal{"AWS", "(known after apply: aws_iam_role.x.arn)"}, "", false},
	}
	for _, tc := range tests {
		acct, _ := tc.p.Account()
		if acct != tc.account || tc.p.AccountRoot() != tc.root {
			t.Errorf("%v: Account %q, AccountRoot %v; want %q, %v", tc.p, acct, tc.p.AccountRoot(), tc.account, tc.root)
		}
	}
}

func TestDeniesInsecureTransport(t *testing.T) {
	const allow = `{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}`
	tests := map[string]struct {
		deny string
		want bool
	}{
		"the statement":           {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, true},
		"AWS star, all actions":   {`{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":false}}}`, true},
		"bucket wildcard":         {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, true},
		"bucket only":             {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b","Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, false},
		"prefix only":             {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/private/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, false},
		"some actions":            {`{"Effect":"Deny","Principal":"*","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, false},
		"one principal":           {`{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, false},
		"narrowed by a vpce":      {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"},"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}`, false},
		"IfExists (always there)": {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"BoolIfExists":{"aws:SecureTransport":"false"}}}`, true},
		"TLS version, not TLS":    {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"NumericLessThan":{"s3:TlsVersion":"1.2"}}}`, false},
		"an allow, not a deny":    {`{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}`, false},
		"no condition (deny all)": {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}`, false},
	}
	for name, tc := range tests {
		d := mustParse(t, `{"Version":"2012-10-17","Statement":[`+allow+`,`+tc.deny+`]}`)
		deny, undecided := d.DeniesInsecureTransport()
		if (deny != nil) != tc.want || len(undecided) != 0 {
			t.Errorf("%s: deny %v, undecided %d; want %v", name, deny != nil, len(undecided), tc.want)
		}
	}
}

func TestDeniesInsecureTransportUnknown(t *testing.T) {
	d := mustParse(t, `{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`)
	d.Statements[0].Unknown = map[string]bool{"resource": true}
	if deny, _ := d.DeniesInsecureTransport(); deny == nil {
		t.Error("a resource known only after apply is the bucket's own ARN: want the deny")
	}
	d.Statements[0].Unknown = map[string]bool{"condition": true}
	if deny, undecided := d.DeniesInsecureTransport(); deny != nil || len(undecided) != 1 {
		t.Errorf("condition known only after apply: deny %v, %d undecided; want none, 1", deny != nil, len(undecided))
	}
}

func TestGrantsOutside(t *testing.T) {
	own := []string{"123456789012"}
	actions := []string{"s3:PutBucketPolicy", "s3:PutObjectAcl"}
	tests := map[string]struct {
		stmt       string
		own        []string
		principals []string // of the one grant, nil: no grant
		undecided  int
	}{
		"other account":        {`{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","arn:aws:iam::123456789012:role/a"]},"Action":"s3:PutBucketPolicy","Resource":"*"}`, own, []string{"arn:aws:iam::111122223333:root"}, 0},
		"own account":          {`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/a"},"Action":"s3:*","Resource":"*"}`, own, nil, 0},
		"bare account ID":      {`{"Effect":"Allow","Principal":{"AWS":"444455556666"},"Action":"s3:Put*","Resource":"*"}`, own, []string{"444455556666"}, 0},
		"data actions only":    {`{"Effect":"Allow","Principal":{"AWS":"444455556666"},"Action":"s3:GetObject","Resource":"*"}`, own, nil, 0},
		"everyone":             {`{"Effect":"Allow","Principal":"*","Action":"s3:PutObjectAcl","Resource":"*"}`, own, []string{"*"}, 0},
		"everyone in the org":  {`{"Effect":"Allow","Principal":"*","Action":"s3:PutObjectAcl","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}`, own, nil, 0},
		"not principal":        {`{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:role/a"},"Action":"s3:*","Resource":"*"}`, own, []string{"everyone except NotPrincipal [AWS:arn:aws:iam::123456789012:role/a]"}, 0},
		"service principal":    {`{"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObjectAcl","Resource":"*"}`, own, nil, 0},
		"owner unknown":        {`{"Effect":"Allow","Principal":{"AWS":"444455556666"},"Action":"s3:PutObjectAcl","Resource":"*"}`, nil, nil, 1},
		"deny is no grant":     {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}`, own, nil, 0},
		"not action admits it": {`{"Effect":"Allow","Principal":{"AWS":"444455556666"},"NotAction":"s3:DeleteObject","Resource":"*"}`, own, []string{"444455556666"}, 0},
	}
	for name, tc := range tests {
		d := mustParse(t, `{"Statement":[`+tc.stmt+`]}`)
		grants, undecided := d.GrantsOutside(tc.own, actions...)
		var got []string
		if len(grants) == 1 {
			got = grants[0].Principals
		}
		if len(grants) > 1 || !cmp.Equal(got, tc.principals) || len(undecided) != tc.undecided {
			t.Errorf("%s: grants %+v, %d undecided; want principals %v, %d undecided", name, grants, len(undecided), tc.principals, tc.undecided)
		}
	}
}

func TestWildcardGrants(t *testing.T) {
	tests := map[string]struct {
		stmt string
		want string // the principals of the one grant, "" for none
	}{
		"root":              {`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}`, ""},
		"root by ID":        {`{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"*","Resource":"*"}`, ""},
		"role":              {`{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:root","arn:aws:iam::123456789012:role/admin"]},"Action":"kms:*","Resource":"*"}`, "AWS:arn:aws:iam::123456789012:role/admin"},
		"everything":        {`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/admin"},"Action":"*","Resource":"*"}`, "AWS:arn:aws:iam::123456789012:role/admin"},
		"not action":        {`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/admin"},"NotAction":"kms:ScheduleKeyDeletion","Resource":"*"}`, "AWS:arn:aws:iam::123456789012:role/admin"},
		"not action on kms": {`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/admin"},"NotAction":"kms:*","Resource":"*"}`, ""},
		"listed actions":    {`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/admin"},"Action":["kms:Put*","kms:Decrypt"],"Resource":"*"}`, ""},
		"not principal":     {`{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}`, "*"},
		"deny":              {`{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:role/admin"},"Action":"kms:*","Resource":"*"}`, ""},
	}
	for name, tc := range tests {
		grants, _ := mustParse(t, `{"Statement":[`+tc.stmt+`]}`).WildcardGrants("kms", nil)
		var got []string
		for _, g := range grants {
			for _, p := range g.Principals {
				got = append(got, p.String())
			}
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%s: got %v, want %q", name, got, tc.want)
		}
	}
}

func TestDualRoles(t *testing.T) {
	d := mustParse(t, `{"Statement":[
	  {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
	  {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:role/admin","arn:aws:iam::123456789012:role/ops"]},"Action":["kms:Put*","kms:Describe*"],"Resource":"*"},
	  {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:role/app","arn:aws:iam::123456789012:role/ops"]},"Action":["kms:Decrypt"],"Resource":"*"},
	  {"Effect":"Allow","Principal":"*","Action":["kms:Decrypt"],"Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012"}}},
	  {"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:role/app"},"Action":["kms:PutKeyPolicy"],"Resource":"*"}
	]}`)
	roles, undecided := d.DualRoles([]string{"kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"}, []string{"kms:Decrypt", "kms:Encrypt"}, nil)
	want := []DualRole{{Principal: Principal{"AWS", "arn:aws:iam::123456789012:role/ops"}, First: []string{"kms:PutKeyPolicy"}, Second: []string{"kms:Decrypt"}}}
	if diff := cmp.Diff(want, roles); diff != "" || undecided {
		t.Errorf("undecided %v, roles (-want +got):\n%s", undecided, diff)
	}
}
