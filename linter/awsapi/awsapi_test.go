package awsapi_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/srmguard/terraform-provider-srm/linter/awsapi"
	"github.com/srmguard/terraform-provider-srm/linter/awsapi/awsapitest"
)

func read(t *testing.T, srv *awsapitest.Server, region string) (*awsapi.Account, error) {
	t.Helper()
	return awsapi.Read(context.Background(), awsapi.Options{Region: region, Endpoint: srv.URL, RetryMaxBackoff: time.Millisecond})
}

// TestReadRoundTrip: what the server holds is what Read returns, through
// every protocol.
func TestReadRoundTrip(t *testing.T) {
	awsapitest.Env(t, "", "")
	want := awsapitest.Misconfigured()
	want.PasswordPolicy = &awsapi.PasswordPolicy{MinimumLength: 8, RequireSymbols: true, AllowUsersToChange: true, MaxAge: 90, ReusePrevention: 5}
	want.EBSEncryptionByDefault = true
	want.SecurityHub = true
	want.Trails = append(want.Trails, awsapi.Trail{
		Name: "org", ARN: "arn:aws:cloudtrail:eu-west-1:111111111111:trail/org", HomeRegion: "eu-west-1", S3Bucket: "org-trail",
		KMSKeyID: "arn:aws:kms:eu-west-1:111111111111:key/k", LogGroupARN: "arn:aws:logs:eu-west-1:111111111111:log-group:org:*",
		LogsRoleARN: "arn:aws:iam::111111111111:role/ct", MultiRegion: true, Organization: true, LogFileValidation: true, Logging: true,
		AdvancedEventSelectors: []awsapi.AdvancedEventSelector{{Name: "all", Fields: []awsapi.FieldSelector{{Field: "eventCategory", Equals: []string{"Management"}}}}},
	})
	want.Detectors[0].Features = append(want.Detectors[0].Features, awsapi.Feature{Name: "RUNTIME_MONITORING", Enabled: true,
		Additional: []awsapi.Feature{{Name: "EKS_ADDON_MANAGEMENT", Enabled: true}, {Name: "EC2_AGENT_MANAGEMENT"}}})
	srv := awsapitest.NewServer(want)
	defer srv.Close()
	got, err := read(t, srv, "us-east-1")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Read (-want +got):\n%s", d)
	}
}

// TestReadAbsent: settings that are not configured read as absent or off,
// not as failures.
func TestReadAbsent(t *testing.T) {
	awsapitest.Env(t, "", "")
	srv := awsapitest.NewServer(&awsapi.Account{ID: "123456789012", Region: "eu-central-1"})
	defer srv.Close()
	got, err := read(t, srv, "eu-central-1")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(&awsapi.Account{ID: "123456789012", Region: "eu-central-1"}, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestThrottlingIsRetried: throttled calls succeed on a later attempt.
func TestThrottlingIsRetried(t *testing.T) {
	awsapitest.Env(t, "", "")
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	for _, call := range []string{"cloudtrail:DescribeTrails", "guardduty:ListDetectors", "iam:GetAccountPasswordPolicy", "ec2:GetEbsEncryptionByDefault", "s3:GetAccountPublicAccessBlock"} {
		srv.Throttle[call] = 2
	}
	got, err := read(t, srv, "us-east-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Unverified) != 0 || len(got.Trails) != 1 || len(got.Detectors) != 1 {
		t.Errorf("throttling was not retried: %+v", got)
	}
	if n := srv.Calls("cloudtrail:DescribeTrails"); n != 3 {
		t.Errorf("DescribeTrails called %d times, want 3", n)
	}
}

// TestFailedReadsAreUnverified: access denied on one call, and throttling
// that outlasts the retries, leave their areas unverified; the other areas
// are still read.
func TestFailedReadsAreUnverified(t *testing.T) {
	awsapitest.Env(t, "", "")
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	srv.Fail["guardduty:ListDetectors"] = "AccessDeniedException"
	srv.Throttle["config:DescribeConfigurationRecorders"] = 100
	got, err := read(t, srv, "us-east-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Unverified) != 2 {
		t.Fatalf("unverified: %+v", got.Unverified)
	}
	gd, cfg := got.Unverified[0], got.Unverified[1]
	if gd.Area != awsapi.AreaGuardDuty || gd.Call != "guardduty:ListDetectors" || !gd.AccessDenied() || !strings.Contains(gd.Err, "not authorized") {
		t.Errorf("guardduty: %+v", gd)
	}
	if cfg.Area != awsapi.AreaConfig || cfg.Code != "ThrottlingException" || cfg.AccessDenied() {
		t.Errorf("config: %+v", cfg)
	}
	if got.Detectors != nil || got.Recorders != nil || len(got.Trails) != 1 {
		t.Errorf("areas: detectors %v, recorders %v, trails %v", got.Detectors, got.Recorders, got.Trails)
	}
}

func TestSetupErrors(t *testing.T) {
	srv := awsapitest.NewServer(awsapitest.Misconfigured())
	defer srv.Close()
	tests := []struct {
		name   string
		env    map[string]string
		region string
		want   string
	}{
		{"no region", nil, "", "no AWS region"},
		{"no credentials", map[string]string{"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""}, "us-east-1", "no usable AWS credentials"},
		{"invalid region", nil, "us east 1", "cannot identify the account in region us east 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			awsapitest.Env(t, "", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			_, err := read(t, srv, tc.region)
			var se *awsapi.SetupError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want a SetupError containing %q", err, tc.want)
			}
		})
	}
	t.Run("credentials rejected", func(t *testing.T) {
		awsapitest.Env(t, "", "")
		srv.Fail["sts:GetCallerIdentity"] = "InvalidClientTokenId"
		defer delete(srv.Fail, "sts:GetCallerIdentity")
		_, err := read(t, srv, "us-east-1")
		var se *awsapi.SetupError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), "InvalidClientTokenId") {
			t.Errorf("got %v", err)
		}
	})
}
