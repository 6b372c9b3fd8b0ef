package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudWatchAlarmS3BucketPolicyChanges implements Security Hub CloudWatch.8.
var CloudWatchAlarmS3BucketPolicyChanges = withDoc(&linter.Rule{
	ID:       "cloudwatch_alarm_s3_bucket_policy_changes",
	Title:    "A CloudWatch alarm with an action watches the CloudTrail log group for S3 bucket policy changes",
	Severity: linter.SeverityLow,
	Service:  "CloudWatch",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudWatch.8"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-8",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
	},
	Check: cisS3BucketPolicyChanges.check,
})

var cisS3BucketPolicyChanges = &cisAlarm{
	what:     "S3 bucket policy changes",
	cis:      "CloudWatch.8, CIS 1.4 4.8",
	pattern:  "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }",
	events:   calls("s3.amazonaws.com", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle", "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication"),
	harmless: apiCall("s3.amazonaws.com", "GetBucketPolicy"),
}
