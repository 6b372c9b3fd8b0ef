// Package awsapi reads the account-level security settings of one AWS
// account and region: S3 account Block Public Access, EBS encryption by
// default, the IAM password policy, CloudTrail trails, GuardDuty detectors,
// AWS Config recorders, Security Hub and IAM Access Analyzer. It is the only
// package of srmlint that imports aws-sdk-go-v2; every service is used
// through a narrow interface of the calls srmlint needs, and what it reads
// is returned as plain data (Account).
//
// A read that fails (access denied, throttling that outlasts the retries, a
// service error) does not stop the others: it is recorded in
// Account.Unverified, because a setting that could not be read is unknown,
// never "off".
package awsapi

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/accessanalyzer"
	"github.com/aws/aws-sdk-go-v2/service/cloudtrail"
	"github.com/aws/aws-sdk-go-v2/service/configservice"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/guardduty"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/s3control"
	"github.com/aws/aws-sdk-go-v2/service/securityhub"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/smithy-go"
	smithyendpoints "github.com/aws/smithy-go/endpoints"
)

// Options say how to reach AWS. Empty fields use the SDK's default chain
// (environment, shared config and credentials files, SSO, IMDS).
type Options struct {
	Region   string
	Profile  string
	Endpoint string // base endpoint for every service (a test server, LocalStack); "" = AWS
	// RetryMaxBackoff caps the wait between retries of throttled or failed
	// calls (0: the SDK's default of 20 s).
	RetryMaxBackoff time.Duration
	HTTPClient      *http.Client // nil: the SDK's default
}

// SetupError is a problem before any setting could be read: no region, no
// credentials, credentials AWS rejects. Nothing was checked.
type SetupError struct{ Msg string }

func (e *SetupError) Error() string { return e.Msg }

// Area is a group of settings read together; a failed read leaves the
// whole area unverified.
type Area string

// The areas srmlint reads.
const (
	AreaS3PublicAccessBlock Area = "S3 account Block Public Access"
	AreaEBSEncryption       Area = "EBS encryption by default"
	AreaPasswordPolicy      Area = "IAM password policy"
	AreaCloudTrail          Area = "CloudTrail"
	AreaGuardDuty           Area = "GuardDuty"
	AreaConfig              Area = "AWS Config"
	AreaSecurityHub         Area = "Security Hub"
	AreaAccessAnalyzer      Area = "IAM Access Analyzer"
)

// Unverified is a read that failed.
type Unverified struct {
	Area Area
	Call string // e.g. "guardduty:ListDetectors"
	Code string // the AWS error code, e.g. "AccessDeniedException"; "" when none
	Err  string
}

// AccessDenied reports whether the read failed for lack of permission.
func (u Unverified) AccessDenied() bool {
	switch u.Code {
	case "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError", "UnauthorizedException":
		return true
	}
	return false
}

// Account is what was read from one account and region.
type Account struct {
	ID     string
	Region string

	PublicAccessBlock      *PublicAccessBlock // nil: none configured
	EBSEncryptionByDefault bool
	PasswordPolicy         *PasswordPolicy // nil: none set
	Trails                 []Trail
	Detectors              []Detector
	Recorders              []Recorder
	DeliveryChannels       []DeliveryChannel
	SecurityHub            bool // enabled (subscribed)
	Analyzers              []Analyzer

	Unverified []Unverified
}

// PublicAccessBlock is the account-level S3 Block Public Access setting.
type PublicAccessBlock struct {
	BlockPublicACLs, IgnorePublicACLs, BlockPublicPolicy, RestrictPublicBuckets bool
}

// PasswordPolicy is the IAM account password policy.
type PasswordPolicy struct {
	MinimumLength                       int
	RequireUppercase, RequireLowercase  bool
	RequireNumbers, RequireSymbols      bool
	AllowUsersToChange, ExpirePasswords bool
	MaxAge, ReusePrevention             int // 0: not set
	HardExpiry                          bool
}

// Trail is a CloudTrail trail visible from the region (shadow trails of
// multi-region trails included) with its status and selectors.
type Trail struct {
	Name, ARN, HomeRegion, S3Bucket, KMSKeyID string
	LogGroupARN, LogsRoleARN                  string
	MultiRegion, Organization                 bool
	LogFileValidation, GlobalServiceEvents    bool
	Logging                                   bool
	EventSelectors                            []EventSelector
	AdvancedEventSelectors                    []AdvancedEventSelector
}

// EventSelector is a basic event selector.
type EventSelector struct {
	ReadWriteType            string
	IncludeManagementEvents  bool
	ExcludedManagementSource []string
	DataResources            []DataResource
}

// DataResource selects data events.
type DataResource struct {
	Type   string
	Values []string
}

// AdvancedEventSelector is an advanced event selector.
type AdvancedEventSelector struct {
	Name   string
	Fields []FieldSelector
}

// FieldSelector is one condition of an advanced event selector.
type FieldSelector struct {
	Field                                                               string
	Equals, NotEquals, StartsWith, NotStartsWith, EndsWith, NotEndsWith []string
}

// Detector is a GuardDuty detector with its protection plans.
type Detector struct {
	ID       string
	Enabled  bool
	Features []Feature
}

// Feature is a GuardDuty protection plan (or one of its agent settings).
type Feature struct {
	Name       string
	Enabled    bool
	Additional []Feature
}

// Recorder is an AWS Config configuration recorder and its status.
type Recorder struct {
	Name, RoleARN             string
	AllSupported, GlobalTypes bool
	ResourceTypes             []string
	Recording                 bool
}

// DeliveryChannel is an AWS Config delivery channel.
type DeliveryChannel struct{ Name, S3Bucket string }

// Analyzer is an active IAM Access Analyzer analyzer.
type Analyzer struct{ Name, Type string }

// Read loads the SDK configuration, identifies the account with STS and
// reads every area. Only setup problems are errors; failed reads are in
// Account.Unverified.
func Read(ctx context.Context, opt Options) (*Account, error) {
	c, acct, err := connect(ctx, opt)
	if err != nil {
		return nil, err
	}
	c.read(ctx, acct)
	return acct, nil
}

func connect(ctx context.Context, opt Options) (*clients, *Account, error) {
	var loaders []func(*config.LoadOptions) error
	if opt.Region != "" {
		loaders = append(loaders, config.WithRegion(opt.Region))
	}
	if opt.Profile != "" {
		loaders = append(loaders, config.WithSharedConfigProfile(opt.Profile))
	}
	if opt.Endpoint != "" {
		loaders = append(loaders, config.WithBaseEndpoint(opt.Endpoint))
	}
	if opt.HTTPClient != nil {
		loaders = append(loaders, config.WithHTTPClient(opt.HTTPClient))
	}
	if opt.RetryMaxBackoff > 0 {
		loaders = append(loaders, config.WithRetryer(func() aws.Retryer {
			return retry.NewStandard(func(o *retry.StandardOptions) { o.MaxBackoff = opt.RetryMaxBackoff })
		}))
	}
	cfg, err := config.LoadDefaultConfig(ctx, loaders...)
	if err != nil {
		return nil, nil, &SetupError{Msg: "cannot load the AWS configuration: " + err.Error()}
	}
	if cfg.Region == "" {
		return nil, nil, &SetupError{Msg: "no AWS region: set AWS_REGION, a region in your AWS profile, or --region"}
	}
	if _, err := cfg.Credentials.Retrieve(ctx); err != nil {
		return nil, nil, &SetupError{Msg: "no usable AWS credentials (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or sign in with aws sso login): " + err.Error()}
	}
	c := newClients(cfg)
	id, err := c.sts.GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return nil, nil, &SetupError{Msg: fmt.Sprintf("cannot identify the account in region %s (sts:GetCallerIdentity): %v", cfg.Region, err)}
	}
	return c, &Account{ID: aws.ToString(id.Account), Region: cfg.Region}, nil
}

// The narrow interfaces: the calls srmlint makes, one per service.
type (
	stsAPI interface {
		GetCallerIdentity(context.Context, *sts.GetCallerIdentityInput, ...func(*sts.Options)) (*sts.GetCallerIdentityOutput, error)
	}
	s3controlAPI interface {
		GetPublicAccessBlock(context.Context, *s3control.GetPublicAccessBlockInput, ...func(*s3control.Options)) (*s3control.GetPublicAccessBlockOutput, error)
	}
	ec2API interface {
		GetEbsEncryptionByDefault(context.Context, *ec2.GetEbsEncryptionByDefaultInput, ...func(*ec2.Options)) (*ec2.GetEbsEncryptionByDefaultOutput, error)
	}
	iamAPI interface {
		GetAccountPasswordPolicy(context.Context, *iam.GetAccountPasswordPolicyInput, ...func(*iam.Options)) (*iam.GetAccountPasswordPolicyOutput, error)
	}
	cloudtrailAPI interface {
		DescribeTrails(context.Context, *cloudtrail.DescribeTrailsInput, ...func(*cloudtrail.Options)) (*cloudtrail.DescribeTrailsOutput, error)
		GetTrailStatus(context.Context, *cloudtrail.GetTrailStatusInput, ...func(*cloudtrail.Options)) (*cloudtrail.GetTrailStatusOutput, error)
		GetEventSelectors(context.Context, *cloudtrail.GetEventSelectorsInput, ...func(*cloudtrail.Options)) (*cloudtrail.GetEventSelectorsOutput, error)
	}
	guarddutyAPI interface {
		ListDetectors(context.Context, *guardduty.ListDetectorsInput, ...func(*guardduty.Options)) (*guardduty.ListDetectorsOutput, error)
		GetDetector(context.Context, *guardduty.GetDetectorInput, ...func(*guardduty.Options)) (*guardduty.GetDetectorOutput, error)
	}
	configAPI interface {
		DescribeConfigurationRecorders(context.Context, *configservice.DescribeConfigurationRecordersInput, ...func(*configservice.Options)) (*configservice.DescribeConfigurationRecordersOutput, error)
		DescribeConfigurationRecorderStatus(context.Context, *configservice.DescribeConfigurationRecorderStatusInput, ...func(*configservice.Options)) (*configservice.DescribeConfigurationRecorderStatusOutput, error)
		DescribeDeliveryChannels(context.Context, *configservice.DescribeDeliveryChannelsInput, ...func(*configservice.Options)) (*configservice.DescribeDeliveryChannelsOutput, error)
	}
	securityhubAPI interface {
		DescribeHub(context.Context, *securityhub.DescribeHubInput, ...func(*securityhub.Options)) (*securityhub.DescribeHubOutput, error)
	}
	accessanalyzerAPI interface {
		ListAnalyzers(context.Context, *accessanalyzer.ListAnalyzersInput, ...func(*accessanalyzer.Options)) (*accessanalyzer.ListAnalyzersOutput, error)
	}
)

type clients struct {
	sts            stsAPI
	s3control      s3controlAPI
	ec2            ec2API
	iam            iamAPI
	cloudtrail     cloudtrailAPI
	guardduty      guarddutyAPI
	config         configAPI
	securityhub    securityhubAPI
	accessanalyzer accessanalyzerAPI
}

func newClients(cfg aws.Config) *clients {
	return &clients{
		sts:            sts.NewFromConfig(cfg),
		s3control:      s3control.NewFromConfig(cfg, pathStyleAccount),
		ec2:            ec2.NewFromConfig(cfg),
		iam:            iam.NewFromConfig(cfg),
		cloudtrail:     cloudtrail.NewFromConfig(cfg),
		guardduty:      guardduty.NewFromConfig(cfg),
		config:         configservice.NewFromConfig(cfg),
		securityhub:    securityhub.NewFromConfig(cfg),
		accessanalyzer: accessanalyzer.NewFromConfig(cfg),
	}
}

// pathStyleAccount makes S3 Control send the account ID only in its
// x-amz-account-id header, not also as a host prefix, when a custom endpoint
// is set (AWS_ENDPOINT_URL, Options.Endpoint): "123456789012.localhost"
// does not resolve, and local stand-ins such as LocalStack expect this form.
func pathStyleAccount(o *s3control.Options) {
	if o.BaseEndpoint != nil {
		o.EndpointResolverV2 = noAccountHost{s3control.NewDefaultEndpointResolverV2()}
	}
}

type noAccountHost struct{ s3control.EndpointResolverV2 }

func (r noAccountHost) ResolveEndpoint(ctx context.Context, p s3control.EndpointParameters) (smithyendpoints.Endpoint, error) {
	p.AccountId, p.RequiresAccountId = nil, nil
	return r.EndpointResolverV2.ResolveEndpoint(ctx, p)
}

// unverified records a failed read.
func (a *Account) unverified(area Area, call string, err error) {
	u := Unverified{Area: area, Call: call, Err: err.Error()}
	var ae smithy.APIError
	if errors.As(err, &ae) {
		u.Code = ae.ErrorCode()
		u.Err = ae.ErrorMessage()
		if u.Err == "" {
			u.Err = u.Code
		}
	}
	a.Unverified = append(a.Unverified, u)
}

// errorCode returns the AWS error code of err, or "".
func errorCode(err error) string {
	var ae smithy.APIError
	if errors.As(err, &ae) {
		return ae.ErrorCode()
	}
	return ""
}
