// Package rules holds srmlint's rules, one file per rule, each with
// testdata/<rule-id>/{bad,good}/ fixtures made from real plans.
package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// All returns every rule, sorted by ID. The list is explicit: adding a rule
// means adding it here.
func All() []*linter.Rule {
	return []*linter.Rule{
		BaselineEBSEncryptionByDefault,
		BaselineIAMPasswordPolicy,
		BaselineS3AccountPublicAccessBlock,
		CloudTrailBucketAccessLogging,
		CloudTrailBucketPublic,
		CloudTrailCloudWatchLogs,
		CloudTrailKMSEncryption,
		CloudTrailLogFileValidation,
		CloudTrailMultiRegion,
		CloudTrailS3DataEvents,
		CloudWatchAlarmAction,
		CloudWatchAlarmActionsEnabled,
		CloudWatchAlarmCloudTrailChanges,
		CloudWatchAlarmCMKDeletion,
		CloudWatchAlarmConfigChanges,
		CloudWatchAlarmConsoleAuthFailures,
		CloudWatchAlarmConsoleSigninWithoutMFA,
		CloudWatchAlarmIAMPolicyChanges,
		CloudWatchAlarmNACLChanges,
		CloudWatchAlarmNetworkGatewayChanges,
		CloudWatchAlarmRootUsage,
		CloudWatchAlarmRouteTableChanges,
		CloudWatchAlarmS3BucketPolicyChanges,
		CloudWatchAlarmSecurityGroupChanges,
		CloudWatchAlarmUnauthorizedAPICalls,
		CloudWatchAlarmVPCChanges,
		CloudWatchLogGroupRetention,
		ConfigRecorderEnabled,
		GuardDutyEnabled,
		GuardDutyProtectionFeatures,
		IAMAccessAnalyzerEnabled,
		IncidentResponseRunbooks,
		S3AccountPublicAccessBlock,
		S3BucketPublicAccessBlock,
		S3BucketPublicRead,
		S3BucketPublicWrite,
		SecurityMonitoringStopped,
		SecurityHubEnabled,
		VPCFlowLogs,
	}
}

// Lookup returns the rule with the given ID.
func Lookup(id string) (*linter.Rule, bool) {
	for _, r := range All() {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}
