# Not the account baseline: filters that implement CIS 4.8 must still be
# wired to an alarm that notifies someone.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

# Written differently from the CIS text, but equivalent; no alarm at all.
resource "aws_cloudwatch_log_metric_filter" "s3" { # want "low: Metric filter aws_cloudwatch_log_metric_filter.s3 catches S3 bucket policy changes \(CloudWatch.8, CIS 1.4 4.8\), but no alarm in this plan watches metric Security/S3BucketPolicyChanges"
  name           = "s3-bucket-policy-changes"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.eventSource = \"s3.amazonaws.com\" && ($.eventName = \"PutBucket*\" || $.eventName = \"DeleteBucket*\") }"

  metric_transformation {
    name      = "S3BucketPolicyChanges"
    namespace = "Security"
    value     = "1"
  }
}

# An alarm watches the second filter, but it has no action.
resource "aws_cloudwatch_log_metric_filter" "s3_copy" { # want "Metric filter aws_cloudwatch_log_metric_filter.s3_copy .*the only alarms on metric CIS/S3Policy \(aws_cloudwatch_metric_alarm.s3_copy\) have no action target"
  name           = "s3-copy"
  log_group_name = "cloudtrail"
  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"

  metric_transformation {
    name      = "S3Policy"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "s3_copy" {
  alarm_name          = "s3-copy"
  namespace           = "CIS"
  metric_name         = "S3Policy"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
