package rules

import (
	"strings"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter/logfilter"
)

var cisAlarms = []*cisAlarm{
	cisRootUsage, cisUnauthorizedAPICalls, cisConsoleSigninWithoutMFA, cisIAMPolicyChanges,
	cisCloudTrailChanges, cisConsoleAuthFailures, cisCMKDeletion, cisS3BucketPolicyChanges,
	cisConfigChanges, cisSecurityGroupChanges, cisNACLChanges, cisNetworkGatewayChanges,
	cisRouteTableChanges, cisVPCChanges,
}

func filterWith(t *testing.T, pattern string) *metricFilter {
	t.Helper()
	p, err := logfilter.Parse(pattern)
	if err != nil {
		t.Fatalf("%s: %v", pattern, err)
	}
	return &metricFilter{pattern: p}
}

// TestCISPatternsCoverTheirSamples: each control's own CIS pattern
// implements it, so the sample events and the pattern agree.
func TestCISPatternsCoverTheirSamples(t *testing.T) {
	for _, c := range cisAlarms {
		if full, missing := c.coverage(filterWith(t, c.pattern)); !full {
			t.Errorf("%s: the CIS pattern does not cover its samples (misses %v)", c.cis, missing)
		}
	}
}

func TestCISCoverage(t *testing.T) {
	s3 := cisS3BucketPolicyChanges
	tests := []struct {
		pattern string
		full    bool
		missing string
	}{
		// equivalent: other order, quotes, wildcards
		{`{ ($.eventName = "PutBucket*" || $.eventName = "DeleteBucket*") && $.eventSource = "s3.amazonaws.com" }`, true, ""},
		{`{ $.eventSource = s3.amazonaws.com && $.eventName = %^(Put|Delete)Bucket(Acl|Policy|Cors|Lifecycle|Replication)$% }`, true, ""},
		// incomplete
		{`{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketPolicy) || ($.eventName = PutBucketAcl)) }`, false, "PutBucketCors"},
		// too broad: every S3 call
		{`{ $.eventSource = s3.amazonaws.com }`, false, ""},
		{"", false, ""},
	}
	for _, tc := range tests {
		full, missing := s3.coverage(filterWith(t, tc.pattern))
		if full != tc.full || !strings.Contains(strings.Join(missing, ","), tc.missing) {
			t.Errorf("%s: got full=%v missing=%v", tc.pattern, full, missing)
		}
	}
	// The root user pattern must not catch an ordinary IAM user's call.
	if full, _ := cisRootUsage.coverage(filterWith(t, `{ $.eventName = CreateAccessKey }`)); full {
		t.Error("a filter on CreateAccessKey must not count as root-usage monitoring")
	}
}

// TestCISRealisticFields: the samples carry the fields of real CloudTrail
// records, so broader equivalents written on them count, and patterns that
// also match the harmless read still do not.
func TestCISRealisticFields(t *testing.T) {
	tests := []struct {
		c       *cisAlarm
		pattern string
		full    bool
	}{
		// every IAM write call, and no read such as GetPolicy
		{cisIAMPolicyChanges, `{ ($.eventSource = "iam.amazonaws.com") && ($.readOnly IS FALSE) }`, true},
		{cisIAMPolicyChanges, `{ ($.eventSource = "iam.amazonaws.com") && ($.managementEvent IS TRUE) && ($.eventCategory = "Management") }`, false},
		{cisIAMPolicyChanges, `{ ($.eventSource = "iam.amazonaws.com") && ($.readOnly IS TRUE) }`, false},
		{cisS3BucketPolicyChanges, `{ $.eventSource = s3.amazonaws.com && $.readOnly IS FALSE && $.eventName = %(Put|Delete)Bucket% }`, true},
		{cisCMKDeletion, `{ $.eventSource = kms.amazonaws.com && $.readOnly IS FALSE }`, true},
		{cisRootUsage, `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.recipientAccountId = "123456789012" }`, true},
	}
	for _, tc := range tests {
		if full, missing := tc.c.coverage(filterWith(t, tc.pattern)); full != tc.full {
			t.Errorf("%s: %s: got full=%v (misses %v), want %v", tc.c.cis, tc.pattern, full, missing, tc.full)
		}
	}
}

func TestAlarmRuleNames(t *testing.T) {
	rule := `ALARM(root-usage) OR ALARM("iam changes") AND NOT OK(arn:aws:cloudwatch:us-east-1:123456789012:alarm:trail-changes) OR INSUFFICIENT_DATA( "x" ) OR ALARM("root (console)")`
	got := strings.Join(alarmRuleNames(rule), "|")
	if want := "root-usage|iam changes|trail-changes|x|root (console)"; got != want {
		t.Errorf("alarmRuleNames = %q, want %q", got, want)
	}
}
