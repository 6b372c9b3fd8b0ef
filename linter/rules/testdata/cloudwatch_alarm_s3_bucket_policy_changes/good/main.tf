# Not the account baseline. A CIS 4.8 filter whose alarm watches it through
# metric math and notifies; a filter on GetBucketPolicy is no CIS filter and
# needs no alarm.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

resource "aws_cloudwatch_log_metric_filter" "s3" {
  name           = "s3"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"

  metric_transformation {
    name      = "S3BucketPolicyChanges"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "s3" {
  alarm_name          = "s3"
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]

  metric_query {
    id          = "changes"
    return_data = true
    metric {
      namespace   = "CISBenchmark"
      metric_name = "S3BucketPolicyChanges"
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_log_metric_filter" "reads" {
  name           = "policy-reads"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.eventName = GetBucketPolicy }"

  metric_transformation {
    name      = "PolicyReads"
    namespace = "Usage"
    value     = "1"
  }
}
