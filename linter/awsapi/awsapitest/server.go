// Package awsapitest is a local stand-in for the AWS APIs that awsapi
// calls, for tests: an httptest server that speaks each service's wire
// protocol (query with XML for STS, IAM and EC2; JSON 1.1 for CloudTrail and
// Config; REST-JSON for GuardDuty, Security Hub and Access Analyzer;
// REST-XML for S3 Control) and answers from an awsapi.Account. It can fail a
// call every time (access denied) or throttle it a number of times first.
// Point clients at it with awsapi.Options.Endpoint or AWS_ENDPOINT_URL.
package awsapitest

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/srmguard/terraform-provider-srm/linter/awsapi"
)

// Server answers the AWS calls awsapi makes for one account.
type Server struct {
	*httptest.Server
	Account *awsapi.Account
	// Fail answers a call ("guardduty:ListDetectors") with an error code
	// (e.g. "AccessDeniedException") every time.
	Fail map[string]string
	// Throttle answers a call with a throttling error this many times
	// before it succeeds.
	Throttle map[string]int

	mu    sync.Mutex
	calls map[string]int
}

// NewServer starts a server for acct; Close it when done.
func NewServer(acct *awsapi.Account) *Server {
	s := &Server{Account: acct, Fail: map[string]string{}, Throttle: map[string]int{}, calls: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Calls returns how many requests a call received.
func (s *Server) Calls(call string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[call]
}

type protocol int

const (
	query protocol = iota // STS, IAM
	ec2Query
	json11
	restJSON
	restXML
)

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	call, proto := route(r)
	if call == "" {
		http.Error(w, "awsapitest: unexpected request "+r.Method+" "+r.URL.Path, http.StatusNotFound)
		return
	}
	s.mu.Lock()
	s.calls[call]++
	throttled := s.Throttle[call] > 0
	if throttled {
		s.Throttle[call]--
	}
	code := s.Fail[call]
	s.mu.Unlock()
	switch {
	case throttled:
		writeError(w, proto, http.StatusBadRequest, throttleCode(proto), "Rate exceeded")
	case code != "":
		status := http.StatusBadRequest
		if strings.Contains(code, "AccessDenied") || strings.Contains(code, "Unauthorized") {
			status = http.StatusForbidden
		}
		writeError(w, proto, status, code, "User: arn:aws:iam::"+s.Account.ID+":user/reader is not authorized to perform: "+call)
	default:
		s.answer(w, r, call, proto)
	}
}

// route names the call a request makes and its protocol.
func route(r *http.Request) (string, protocol) {
	if t := r.Header.Get("X-Amz-Target"); t != "" {
		_, op, _ := strings.Cut(t, ".")
		if strings.HasPrefix(t, "CloudTrail_") {
			return "cloudtrail:" + op, json11
		}
		return "config:" + op, json11
	}
	switch p := r.URL.Path; {
	case p == "/v20180820/configuration/publicAccessBlock":
		return "s3:GetAccountPublicAccessBlock", restXML
	case p == "/detector":
		return "guardduty:ListDetectors", restJSON
	case strings.HasPrefix(p, "/detector/"):
		return "guardduty:GetDetector", restJSON
	case p == "/accounts":
		return "securityhub:DescribeHub", restJSON
	case p == "/analyzer":
		return "access-analyzer:ListAnalyzers", restJSON
	}
	if err := r.ParseForm(); err == nil {
		switch a := r.PostForm.Get("Action"); a {
		case "GetCallerIdentity":
			return "sts:" + a, query
		case "GetAccountPasswordPolicy":
			return "iam:" + a, query
		case "GetEbsEncryptionByDefault":
			return "ec2:" + a, ec2Query
		}
	}
	return "", query
}

func throttleCode(p protocol) string {
	switch p {
	case ec2Query:
		return "RequestLimitExceeded"
	case query:
		return "Throttling"
	case restXML:
		return "SlowDown"
	}
	return "ThrottlingException"
}

func writeError(w http.ResponseWriter, p protocol, status int, code, msg string) {
	switch p {
	case query:
		w.Header().Set("Content-Type", "text/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, "<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>test</RequestId></ErrorResponse>", code, esc(msg))
	case ec2Query:
		w.Header().Set("Content-Type", "text/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, "<Response><Errors><Error><Code>%s</Code><Message>%s</Message></Error></Errors><RequestID>test</RequestID></Response>", code, esc(msg))
	case restXML:
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, "<ErrorResponse><Error><Code>%s</Code><Message>%s</Message></Error><RequestId>test</RequestId></ErrorResponse>", code, esc(msg))
	case json11:
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(map[string]string{"__type": code, "message": msg})
	default:
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Amzn-ErrorType", code)
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(map[string]string{"message": msg})
	}
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (s *Server) answer(w http.ResponseWriter, r *http.Request, call string, p protocol) {
	a := s.Account
	switch call {
	case "sts:GetCallerIdentity":
		writeXML(w, fmt.Sprintf(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::%[1]s:user/reader</Arn><UserId>AIDATEST</UserId><Account>%[1]s</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>test</RequestId></ResponseMetadata></GetCallerIdentityResponse>`, a.ID))
	case "ec2:GetEbsEncryptionByDefault":
		writeXML(w, fmt.Sprintf(`<GetEbsEncryptionByDefaultResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>test</requestId><ebsEncryptionByDefault>%t</ebsEncryptionByDefault></GetEbsEncryptionByDefaultResponse>`, a.EBSEncryptionByDefault))
	case "iam:GetAccountPasswordPolicy":
		pp := a.PasswordPolicy
		if pp == nil {
			writeError(w, p, http.StatusNotFound, "NoSuchEntity", "The Password Policy with domain name "+a.ID+" cannot be found.")
			return
		}
		optional := ""
		if pp.MaxAge > 0 {
			optional += fmt.Sprintf("<MaxPasswordAge>%d</MaxPasswordAge>", pp.MaxAge)
		}
		if pp.ReusePrevention > 0 {
			optional += fmt.Sprintf("<PasswordReusePrevention>%d</PasswordReusePrevention>", pp.ReusePrevention)
		}
		writeXML(w, fmt.Sprintf(`<GetAccountPasswordPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountPasswordPolicyResult><PasswordPolicy><MinimumPasswordLength>%d</MinimumPasswordLength><RequireUppercaseCharacters>%t</RequireUppercaseCharacters><RequireLowercaseCharacters>%t</RequireLowercaseCharacters><RequireNumbers>%t</RequireNumbers><RequireSymbols>%t</RequireSymbols><AllowUsersToChangePassword>%t</AllowUsersToChangePassword><ExpirePasswords>%t</ExpirePasswords><HardExpiry>%t</HardExpiry>%s</PasswordPolicy></GetAccountPasswordPolicyResult><ResponseMetadata><RequestId>test</RequestId></ResponseMetadata></GetAccountPasswordPolicyResponse>`,
			pp.MinimumLength, pp.RequireUppercase, pp.RequireLowercase, pp.RequireNumbers, pp.RequireSymbols, pp.AllowUsersToChange, pp.ExpirePasswords, pp.HardExpiry, optional))
	case "s3:GetAccountPublicAccessBlock":
		b := a.PublicAccessBlock
		if b == nil {
			writeError(w, p, http.StatusNotFound, "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found")
			return
		}
		writeXML(w, fmt.Sprintf(`<PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/"><BlockPublicAcls>%t</BlockPublicAcls><IgnorePublicAcls>%t</IgnorePublicAcls><BlockPublicPolicy>%t</BlockPublicPolicy><RestrictPublicBuckets>%t</RestrictPublicBuckets></PublicAccessBlockConfiguration>`,
			b.BlockPublicACLs, b.IgnorePublicACLs, b.BlockPublicPolicy, b.RestrictPublicBuckets))
	case "cloudtrail:DescribeTrails":
		var list []any
		for _, t := range a.Trails {
			list = append(list, map[string]any{
				"Name": t.Name, "TrailARN": t.ARN, "HomeRegion": t.HomeRegion, "S3BucketName": t.S3Bucket,
				"KmsKeyId": omit(t.KMSKeyID), "CloudWatchLogsLogGroupArn": omit(t.LogGroupARN), "CloudWatchLogsRoleArn": omit(t.LogsRoleARN),
				"IsMultiRegionTrail": t.MultiRegion, "IsOrganizationTrail": t.Organization,
				"LogFileValidationEnabled": t.LogFileValidation, "IncludeGlobalServiceEvents": t.GlobalServiceEvents,
			})
		}
		writeJSON(w, p, map[string]any{"trailList": list})
	case "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors":
		var in map[string]string
		json.NewDecoder(r.Body).Decode(&in)
		id := in["Name"] + in["TrailName"]
		for _, t := range a.Trails {
			if id != t.ARN && id != t.Name {
				continue
			}
			if call == "cloudtrail:GetTrailStatus" {
				writeJSON(w, p, map[string]any{"IsLogging": t.Logging})
			} else {
				writeJSON(w, p, eventSelectors(t))
			}
			return
		}
		writeError(w, p, http.StatusBadRequest, "TrailNotFoundException", "Unknown trail: "+id)
	case "config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus", "config:DescribeDeliveryChannels":
		writeJSON(w, p, configAnswer(a, call))
	case "guardduty:ListDetectors":
		ids := []string{}
		for _, d := range a.Detectors {
			ids = append(ids, d.ID)
		}
		writeJSON(w, p, map[string]any{"detectorIds": ids})
	case "guardduty:GetDetector":
		id := strings.TrimPrefix(r.URL.Path, "/detector/")
		for _, d := range a.Detectors {
			if d.ID == id {
				writeJSON(w, p, detector(d))
				return
			}
		}
		writeError(w, p, http.StatusBadRequest, "BadRequestException", "The request is rejected because the input detectorId is not owned by the current account.")
	case "securityhub:DescribeHub":
		if !a.SecurityHub {
			writeError(w, p, http.StatusUnauthorized, "InvalidAccessException", "Account "+a.ID+" is not subscribed to AWS Security Hub")
			return
		}
		writeJSON(w, p, map[string]any{"HubArn": "arn:aws:securityhub:" + a.Region + ":" + a.ID + ":hub/default", "AutoEnableControls": true})
	case "access-analyzer:ListAnalyzers":
		list := []any{}
		for _, an := range a.Analyzers {
			list = append(list, map[string]any{
				"arn":  "arn:aws:access-analyzer:" + a.Region + ":" + a.ID + ":analyzer/" + an.Name,
				"name": an.Name, "type": an.Type, "status": "ACTIVE", "createdAt": "2026-01-01T00:00:00Z",
			})
		}
		writeJSON(w, p, map[string]any{"analyzers": list})
	}
}

func eventSelectors(t awsapi.Trail) map[string]any {
	sels, adv := []any{}, []any{}
	for _, s := range t.EventSelectors {
		drs := []any{}
		for _, d := range s.DataResources {
			drs = append(drs, map[string]any{"Type": d.Type, "Values": d.Values})
		}
		sels = append(sels, map[string]any{"ReadWriteType": s.ReadWriteType, "IncludeManagementEvents": s.IncludeManagementEvents,
			"ExcludeManagementEventSources": s.ExcludedManagementSource, "DataResources": drs})
	}
	for _, s := range t.AdvancedEventSelectors {
		fields := []any{}
		for _, f := range s.Fields {
			fields = append(fields, map[string]any{"Field": f.Field, "Equals": f.Equals, "NotEquals": f.NotEquals,
				"StartsWith": f.StartsWith, "NotStartsWith": f.NotStartsWith, "EndsWith": f.EndsWith, "NotEndsWith": f.NotEndsWith})
		}
		adv = append(adv, map[string]any{"Name": s.Name, "FieldSelectors": fields})
	}
	out := map[string]any{"TrailARN": t.ARN}
	if len(adv) > 0 {
		out["AdvancedEventSelectors"] = adv
	} else {
		out["EventSelectors"] = sels
	}
	return out
}

func configAnswer(a *awsapi.Account, call string) map[string]any {
	switch call {
	case "config:DescribeConfigurationRecorders":
		list := []any{}
		for _, r := range a.Recorders {
			list = append(list, map[string]any{"name": r.Name, "roleARN": r.RoleARN, "recordingGroup": map[string]any{
				"allSupported": r.AllSupported, "includeGlobalResourceTypes": r.GlobalTypes, "resourceTypes": r.ResourceTypes}})
		}
		return map[string]any{"ConfigurationRecorders": list}
	case "config:DescribeConfigurationRecorderStatus":
		list := []any{}
		for _, r := range a.Recorders {
			list = append(list, map[string]any{"name": r.Name, "recording": r.Recording})
		}
		return map[string]any{"ConfigurationRecordersStatus": list}
	}
	list := []any{}
	for _, c := range a.DeliveryChannels {
		list = append(list, map[string]any{"name": c.Name, "s3BucketName": c.S3Bucket})
	}
	return map[string]any{"DeliveryChannels": list}
}

func detector(d awsapi.Detector) map[string]any {
	features := []any{}
	for _, f := range d.Features {
		extra := []any{}
		for _, x := range f.Additional {
			extra = append(extra, map[string]any{"name": x.Name, "status": featureStatus(x.Enabled)})
		}
		features = append(features, map[string]any{"name": f.Name, "status": featureStatus(f.Enabled), "additionalConfiguration": extra})
	}
	st := "DISABLED"
	if d.Enabled {
		st = "ENABLED"
	}
	return map[string]any{"status": st, "serviceRole": "arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty", "features": features}
}

func featureStatus(on bool) string {
	if on {
		return "ENABLED"
	}
	return "DISABLED"
}

func omit(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func writeXML(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprint(w, body)
}

func writeJSON(w http.ResponseWriter, p protocol, v any) {
	ct := "application/json"
	if p == json11 {
		ct = "application/x-amz-json-1.1"
	}
	w.Header().Set("Content-Type", ct)
	json.NewEncoder(w).Encode(v)
}

// Misconfigured returns an account with one misconfiguration per area, as
// the tests and the documentation's example seed it: account-level Block
// Public Access partly off, EBS encryption by default off, no password
// policy, a single-region trail without KMS, validation or CloudWatch Logs,
// a detector with S3 Protection off, a stopped Config recorder with a
// custom role, Security Hub off and only an unused-access analyzer.
func Misconfigured() *awsapi.Account {
	return &awsapi.Account{
		ID:                "123456789012",
		Region:            "us-east-1",
		PublicAccessBlock: &awsapi.PublicAccessBlock{BlockPublicACLs: true, BlockPublicPolicy: true},
		Trails: []awsapi.Trail{{
			Name: "main", ARN: "arn:aws:cloudtrail:us-east-1:123456789012:trail/main", HomeRegion: "us-east-1",
			S3Bucket: "example-cloudtrail", GlobalServiceEvents: true, Logging: true,
			EventSelectors: []awsapi.EventSelector{{ReadWriteType: "All", IncludeManagementEvents: true}},
		}},
		Detectors: []awsapi.Detector{{
			ID: "12abc34d567e8fa901bc2d34e56789f0", Enabled: true,
			Features: []awsapi.Feature{{Name: "S3_DATA_EVENTS"}, {Name: "EKS_AUDIT_LOGS", Enabled: true}},
		}},
		Recorders: []awsapi.Recorder{{
			Name: "default", RoleARN: "arn:aws:iam::123456789012:role/config-recorder", AllSupported: true, GlobalTypes: true,
		}},
		DeliveryChannels: []awsapi.DeliveryChannel{{Name: "default", S3Bucket: "example-config"}},
		Analyzers:        []awsapi.Analyzer{{Name: "unused", Type: "ACCOUNT_UNUSED_ACCESS"}},
	}
}

// Env points the AWS SDK's default chain at endpoint (all services) and
// region, with test credentials, and away from the machine's AWS
// configuration and the instance metadata service, so that no request
// leaves the machine. An empty region leaves the region unset.
func Env(t testing.TB, endpoint, region string) {
	t.Helper()
	for _, k := range []string{"AWS_PROFILE", "AWS_DEFAULT_REGION", "AWS_SESSION_TOKEN", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"} {
		t.Setenv(k, "")
	}
	t.Setenv("AWS_REGION", region)
	t.Setenv("AWS_ENDPOINT_URL", endpoint)
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDTEST")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	t.Setenv("AWS_CONFIG_FILE", os.DevNull)
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", os.DevNull)
}
