package awsapi

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/accessanalyzer"
	aatypes "github.com/aws/aws-sdk-go-v2/service/accessanalyzer/types"
	"github.com/aws/aws-sdk-go-v2/service/cloudtrail"
	cttypes "github.com/aws/aws-sdk-go-v2/service/cloudtrail/types"
	"github.com/aws/aws-sdk-go-v2/service/configservice"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/guardduty"
	gdtypes "github.com/aws/aws-sdk-go-v2/service/guardduty/types"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/s3control"
	"github.com/aws/aws-sdk-go-v2/service/securityhub"
)

// read fills every area of acct; each area is independent of the others.
func (c *clients) read(ctx context.Context, acct *Account) {
	c.readPublicAccessBlock(ctx, acct)
	c.readEBSEncryption(ctx, acct)
	c.readPasswordPolicy(ctx, acct)
	c.readCloudTrail(ctx, acct)
	c.readGuardDuty(ctx, acct)
	c.readConfig(ctx, acct)
	c.readSecurityHub(ctx, acct)
	c.readAccessAnalyzer(ctx, acct)
}

func (c *clients) readPublicAccessBlock(ctx context.Context, acct *Account) {
	out, err := c.s3control.GetPublicAccessBlock(ctx, &s3control.GetPublicAccessBlockInput{AccountId: aws.String(acct.ID)})
	switch {
	case errorCode(err) == "NoSuchPublicAccessBlockConfiguration":
		return // none configured: every flag off
	case err != nil:
		acct.unverified(AreaS3PublicAccessBlock, "s3:GetAccountPublicAccessBlock", err)
		return
	}
	if b := out.PublicAccessBlockConfiguration; b != nil {
		acct.PublicAccessBlock = &PublicAccessBlock{
			BlockPublicACLs:       aws.ToBool(b.BlockPublicAcls),
			IgnorePublicACLs:      aws.ToBool(b.IgnorePublicAcls),
			BlockPublicPolicy:     aws.ToBool(b.BlockPublicPolicy),
			RestrictPublicBuckets: aws.ToBool(b.RestrictPublicBuckets),
		}
	}
}

func (c *clients) readEBSEncryption(ctx context.Context, acct *Account) {
	out, err := c.ec2.GetEbsEncryptionByDefault(ctx, &ec2.GetEbsEncryptionByDefaultInput{})
	if err != nil {
		acct.unverified(AreaEBSEncryption, "ec2:GetEbsEncryptionByDefault", err)
		return
	}
	acct.EBSEncryptionByDefault = aws.ToBool(out.EbsEncryptionByDefault)
}

func (c *clients) readPasswordPolicy(ctx context.Context, acct *Account) {
	out, err := c.iam.GetAccountPasswordPolicy(ctx, &iam.GetAccountPasswordPolicyInput{})
	switch {
	case errorCode(err) == "NoSuchEntity":
		return // no policy set
	case err != nil:
		acct.unverified(AreaPasswordPolicy, "iam:GetAccountPasswordPolicy", err)
		return
	}
	p := out.PasswordPolicy
	if p == nil {
		return
	}
	acct.PasswordPolicy = &PasswordPolicy{
		MinimumLength:      int(aws.ToInt32(p.MinimumPasswordLength)),
		RequireUppercase:   p.RequireUppercaseCharacters,
		RequireLowercase:   p.RequireLowercaseCharacters,
		RequireNumbers:     p.RequireNumbers,
		RequireSymbols:     p.RequireSymbols,
		AllowUsersToChange: p.AllowUsersToChangePassword,
		ExpirePasswords:    p.ExpirePasswords,
		MaxAge:             int(aws.ToInt32(p.MaxPasswordAge)),
		ReusePrevention:    int(aws.ToInt32(p.PasswordReusePrevention)),
		HardExpiry:         aws.ToBool(p.HardExpiry),
	}
}

func (c *clients) readCloudTrail(ctx context.Context, acct *Account) {
	out, err := c.cloudtrail.DescribeTrails(ctx, &cloudtrail.DescribeTrailsInput{IncludeShadowTrails: aws.Bool(true)})
	if err != nil {
		acct.unverified(AreaCloudTrail, "cloudtrail:DescribeTrails", err)
		return
	}
	var trails []Trail
	for _, t := range out.TrailList {
		tr := Trail{
			Name:                aws.ToString(t.Name),
			ARN:                 aws.ToString(t.TrailARN),
			HomeRegion:          aws.ToString(t.HomeRegion),
			S3Bucket:            aws.ToString(t.S3BucketName),
			KMSKeyID:            aws.ToString(t.KmsKeyId),
			LogGroupARN:         aws.ToString(t.CloudWatchLogsLogGroupArn),
			LogsRoleARN:         aws.ToString(t.CloudWatchLogsRoleArn),
			MultiRegion:         aws.ToBool(t.IsMultiRegionTrail),
			Organization:        aws.ToBool(t.IsOrganizationTrail),
			LogFileValidation:   aws.ToBool(t.LogFileValidationEnabled),
			GlobalServiceEvents: aws.ToBool(t.IncludeGlobalServiceEvents),
		}
		// A shadow trail's status and selectors are read through its ARN.
		id := tr.ARN
		if id == "" {
			id = tr.Name
		}
		st, err := c.cloudtrail.GetTrailStatus(ctx, &cloudtrail.GetTrailStatusInput{Name: aws.String(id)})
		if err != nil {
			acct.unverified(AreaCloudTrail, "cloudtrail:GetTrailStatus", err)
			return
		}
		tr.Logging = aws.ToBool(st.IsLogging)
		sel, err := c.cloudtrail.GetEventSelectors(ctx, &cloudtrail.GetEventSelectorsInput{TrailName: aws.String(id)})
		if err != nil {
			acct.unverified(AreaCloudTrail, "cloudtrail:GetEventSelectors", err)
			return
		}
		tr.EventSelectors = eventSelectors(sel.EventSelectors)
		tr.AdvancedEventSelectors = advancedEventSelectors(sel.AdvancedEventSelectors)
		trails = append(trails, tr)
	}
	acct.Trails = trails
}

func eventSelectors(in []cttypes.EventSelector) []EventSelector {
	var out []EventSelector
	for _, s := range in {
		es := EventSelector{
			ReadWriteType:            string(s.ReadWriteType),
			IncludeManagementEvents:  aws.ToBool(s.IncludeManagementEvents),
			ExcludedManagementSource: s.ExcludeManagementEventSources,
		}
		for _, d := range s.DataResources {
			es.DataResources = append(es.DataResources, DataResource{Type: aws.ToString(d.Type), Values: d.Values})
		}
		out = append(out, es)
	}
	return out
}

func advancedEventSelectors(in []cttypes.AdvancedEventSelector) []AdvancedEventSelector {
	var out []AdvancedEventSelector
	for _, s := range in {
		as := AdvancedEventSelector{Name: aws.ToString(s.Name)}
		for _, f := range s.FieldSelectors {
			as.Fields = append(as.Fields, FieldSelector{
				Field: aws.ToString(f.Field), Equals: f.Equals, NotEquals: f.NotEquals,
				StartsWith: f.StartsWith, NotStartsWith: f.NotStartsWith, EndsWith: f.EndsWith, NotEndsWith: f.NotEndsWith,
			})
		}
		out = append(out, as)
	}
	return out
}

func (c *clients) readGuardDuty(ctx context.Context, acct *Account) {
	var detectors []Detector
	p := guardduty.NewListDetectorsPaginator(c.guardduty, &guardduty.ListDetectorsInput{})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			acct.unverified(AreaGuardDuty, "guardduty:ListDetectors", err)
			return
		}
		for _, id := range page.DetectorIds {
			d, err := c.guardduty.GetDetector(ctx, &guardduty.GetDetectorInput{DetectorId: aws.String(id)})
			if err != nil {
				acct.unverified(AreaGuardDuty, "guardduty:GetDetector", err)
				return
			}
			det := Detector{ID: id, Enabled: d.Status == gdtypes.DetectorStatusEnabled}
			for _, f := range d.Features {
				ft := Feature{Name: string(f.Name), Enabled: f.Status == gdtypes.FeatureStatusEnabled}
				for _, a := range f.AdditionalConfiguration {
					ft.Additional = append(ft.Additional, Feature{Name: string(a.Name), Enabled: a.Status == gdtypes.FeatureStatusEnabled})
				}
				det.Features = append(det.Features, ft)
			}
			detectors = append(detectors, det)
		}
	}
	acct.Detectors = detectors
}

func (c *clients) readConfig(ctx context.Context, acct *Account) {
	recs, err := c.config.DescribeConfigurationRecorders(ctx, &configservice.DescribeConfigurationRecordersInput{})
	if err != nil {
		acct.unverified(AreaConfig, "config:DescribeConfigurationRecorders", err)
		return
	}
	status, err := c.config.DescribeConfigurationRecorderStatus(ctx, &configservice.DescribeConfigurationRecorderStatusInput{})
	if err != nil {
		acct.unverified(AreaConfig, "config:DescribeConfigurationRecorderStatus", err)
		return
	}
	channels, err := c.config.DescribeDeliveryChannels(ctx, &configservice.DescribeDeliveryChannelsInput{})
	if err != nil {
		acct.unverified(AreaConfig, "config:DescribeDeliveryChannels", err)
		return
	}
	recording := map[string]bool{}
	for _, s := range status.ConfigurationRecordersStatus {
		recording[aws.ToString(s.Name)] = s.Recording
	}
	var recorders []Recorder
	for _, r := range recs.ConfigurationRecorders {
		rec := Recorder{Name: aws.ToString(r.Name), RoleARN: aws.ToString(r.RoleARN), Recording: recording[aws.ToString(r.Name)]}
		if g := r.RecordingGroup; g != nil {
			rec.AllSupported, rec.GlobalTypes = g.AllSupported, g.IncludeGlobalResourceTypes
			for _, t := range g.ResourceTypes {
				rec.ResourceTypes = append(rec.ResourceTypes, string(t))
			}
		} else {
			rec.AllSupported = true // the default recording group
		}
		recorders = append(recorders, rec)
	}
	var dcs []DeliveryChannel
	for _, d := range channels.DeliveryChannels {
		dcs = append(dcs, DeliveryChannel{Name: aws.ToString(d.Name), S3Bucket: aws.ToString(d.S3BucketName)})
	}
	acct.Recorders, acct.DeliveryChannels = recorders, dcs
}

func (c *clients) readSecurityHub(ctx context.Context, acct *Account) {
	_, err := c.securityhub.DescribeHub(ctx, &securityhub.DescribeHubInput{})
	switch code := errorCode(err); {
	case err == nil:
		acct.SecurityHub = true
	case code == "InvalidAccessException" || code == "ResourceNotFoundException":
		// not subscribed: Security Hub is off
	default:
		acct.unverified(AreaSecurityHub, "securityhub:DescribeHub", err)
	}
}

func (c *clients) readAccessAnalyzer(ctx context.Context, acct *Account) {
	var analyzers []Analyzer
	p := accessanalyzer.NewListAnalyzersPaginator(c.accessanalyzer, &accessanalyzer.ListAnalyzersInput{})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			acct.unverified(AreaAccessAnalyzer, "access-analyzer:ListAnalyzers", err)
			return
		}
		for _, a := range page.Analyzers {
			if a.Status == aatypes.AnalyzerStatusActive {
				analyzers = append(analyzers, Analyzer{Name: aws.ToString(a.Name), Type: string(a.Type)})
			}
		}
	}
	acct.Analyzers = analyzers
}
