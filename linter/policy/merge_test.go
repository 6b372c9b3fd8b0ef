package policy

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// TestDocumentMergeBySid rebuilds aws_iam_policy_document data sources whose
// JSON is known only after apply as the provider merges them: source
// documents, then statement blocks, then override documents, a Sid
// replacing an earlier statement with the same Sid.
func TestDocumentMergeBySid(t *testing.T) {
	p, err := plan.LoadFile(context.Background(), "../rules/testdata/iam_policy_admin_access/good_sid_merge/plan.json", nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string][]string{
		"data.aws_iam_policy_document.app": {"0 Main s3:GetObject"},
		"data.aws_iam_policy_document.svc": {"0 Wide s3:GetObject", "1 Bucket s3:PutObject"},
	} {
		d := p.Lookup(addr)
		if d == nil {
			t.Fatalf("%s not in the plan", addr)
		}
		src := FromDocumentData(d)
		if src.Err != nil || src.Doc == nil {
			t.Fatalf("%s: %v", addr, src.Err)
		}
		var got []string
		for _, st := range src.Doc.Statements {
			got = append(got, fmt.Sprintf("%d %s %s", st.Index, st.Sid, strings.Join(st.Actions, ",")))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s statements (-want +got):\n%s", addr, diff)
		}
	}
}

// TestShortRefs: one reference per chain and per use, for messages.
func TestShortRefs(t *testing.T) {
	got := shortRefs([]string{"aws_s3_bucket.b.arn", "aws_s3_bucket.b", "aws_s3_bucket.b.arn", "aws_s3_bucket.b", "var.x"})
	if want := []string{"aws_s3_bucket.b.arn", "var.x"}; !cmp.Equal(got, want) {
		t.Errorf("shortRefs = %q, want %q", got, want)
	}
}

// TestPublicAccessNarrowDeny: a Deny of exactly the actions an Allow grants
// takes them back, also when the question is about every action ("*").
func TestPublicAccessNarrowDeny(t *testing.T) {
	allow := `{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}`
	for name, tc := range map[string]struct {
		deny   string
		public bool
	}{
		"same action":     {`{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}`, false},
		"service":         {`{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}`, false},
		"outside a vpce":  {`{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}`, false},
		"only one vpce":   {`{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}`, true},
		"another action":  {`{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}`, true},
		"another objects": {`{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/private/*"}`, true},
	} {
		for _, pattern := range []string{"*", "s3:Get*", "s3:GetObject"} {
			grants, _ := mustParse(t, `{"Version":"2012-10-17","Statement":[`+allow+`,`+tc.deny+`]}`).PublicAccess(pattern)
			if got := len(grants) > 0; got != tc.public {
				t.Errorf("%s, %s: public = %v, want %v", name, pattern, got, tc.public)
			}
		}
	}
}
