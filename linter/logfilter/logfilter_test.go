package logfilter

import (
	"strings"
	"testing"
)

func event(kv ...any) map[string]any {
	e := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		e[kv[i].(string)] = kv[i+1]
	}
	return e
}

func TestMatch(t *testing.T) {
	putPolicy := event("eventSource", "s3.amazonaws.com", "eventName", "PutBucketPolicy", "userIdentity", map[string]any{"type": "IAMUser"})
	getPolicy := event("eventSource", "s3.amazonaws.com", "eventName", "GetBucketPolicy")
	root := event("eventType", "AwsApiCall", "userIdentity", map[string]any{"type": "Root"})
	rootByService := event("eventType", "AwsServiceEvent", "userIdentity", map[string]any{"type": "Root", "invokedBy": "config.amazonaws.com"})
	denied := event("errorCode", "Client.UnauthorizedOperation", "eventName", "RunInstances", "bytes", 2048.0,
		"resources", []any{map[string]any{"ARN": "arn:aws:s3:::b"}}, "readOnly", false, "errorMessage", nil)
	tests := []struct {
		pattern string
		event   map[string]any
		want    bool
	}{
		// the CIS 4.8 pattern and variants
		{"{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy)) }", putPolicy, true},
		{"{($.eventSource=s3.amazonaws.com)&&(($.eventName=PutBucketAcl)||($.eventName=PutBucketPolicy))}", putPolicy, true},
		{`{ $.eventSource = "s3.amazonaws.com" && ($.eventName = "PutBucket*" || $.eventName = "DeleteBucket*") }`, putPolicy, true},
		{`{ $.eventSource = "s3.amazonaws.com" && ($.eventName = "PutBucket*" || $.eventName = "DeleteBucket*") }`, getPolicy, false},
		{"{ $.eventName = %^(Put|Delete)BucketPolicy$% }", putPolicy, true},
		{"{ $.eventName = %^(Put|Delete)BucketPolicy$% }", getPolicy, false},
		{"{ $.eventName != GetBucketPolicy }", putPolicy, true},
		{"{ $.eventName != GetBucketPolicy }", getPolicy, false},
		// && binds tighter than ||
		{"{ $.eventName = GetBucketPolicy || $.eventName = X && $.eventSource = s3.amazonaws.com }", getPolicy, true},
		{"{ ($.eventName = GetBucketPolicy || $.eventName = X) && $.eventSource = y }", getPolicy, false},
		// the CIS root pattern
		{`{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, root, true},
		{`{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, rootByService, false},
		{`{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`, putPolicy, false},
		// wildcards, numbers, arrays, IS
		{`{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`, denied, true},
		{`{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`, putPolicy, false},
		{"{ $.bytes > 1000 }", denied, true},
		{"{ $.bytes <= 1000 }", denied, false},
		{"{ $.resources[0].ARN = arn:aws:s3:::* }", denied, true},
		{"{ $.resources[1].ARN = * }", denied, false},
		{"{ $.readOnly IS FALSE }", denied, true},
		{"{ $.readOnly is true }", denied, false},
		{"{ $.errorMessage IS NULL }", denied, true},
		{"{ $.missing != x }", denied, false},
		// term patterns
		{"", getPolicy, true},
		{"PutBucketPolicy", putPolicy, true},
		{"PutBucketPolicy", getPolicy, false},
		{`"s3.amazonaws.com" PutBucketPolicy`, putPolicy, true},
		{"?PutBucketPolicy ?DeleteBucketPolicy", putPolicy, true},
		{"?PutBucketPolicy ?DeleteBucketPolicy", getPolicy, false},
		{"s3.amazonaws.com -GetBucketPolicy", getPolicy, false},
		{"s3.amazonaws.com -GetBucketPolicy", putPolicy, true},
	}
	for _, tc := range tests {
		p, err := Parse(tc.pattern)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.pattern, err)
			continue
		}
		if got := p.Match(tc.event); got != tc.want {
			t.Errorf("%q on %v: got %v, want %v", tc.pattern, tc.event, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for pattern, want := range map[string]string{
		"{ $.eventName = x":               "does not end with }",
		"{ ($.eventName = x }":            "missing )",
		"{ eventName = x }":               "expected a property selector",
		"{ $.eventName ~ x }":             "expected a comparison operator",
		"{ $.eventName = }":               "missing value",
		`{ $.eventName = "x }`:            "unterminated quoted value",
		"{ $.eventName = %(% }":           "bad regular expression",
		"{ $.eventName IS MAYBE }":        "expected TRUE, FALSE or NULL",
		"{ $.a = b } trailing":            "does not end with }",
		"{ $.a = b c }":                   `unexpected "c"`,
		"[ip, user, status=4*]":           "space-delimited",
		`"unterminated`:                   "unterminated quoted term",
		"{ $.a = b && }":                  "expected a property selector",
		"{ $.eventName = %unterminated }": "unterminated %regex%",
	} {
		_, err := Parse(pattern)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", pattern, err, want)
		}
	}
}
