# The account baseline: the filter forgets the Delete* calls, so removing a
# bucket policy goes unnoticed.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}

resource "aws_cloudtrail" "account" {
  name                       = "account"
  s3_bucket_name             = "srm-fixture-cis-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" # want "no metric filter on that group catches all S3 bucket policy changes .*\(aws_cloudwatch_log_metric_filter.s3 misses DeleteBucketPolicy, DeleteBucketCors, DeleteBucketLifecycle and DeleteBucketReplication\)"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

resource "aws_cloudwatch_log_metric_filter" "s3" {
  name           = "s3"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventSource = s3.amazonaws.com) && ($.eventName = PutBucket*) }"

  metric_transformation {
    name      = "S3BucketPolicyChanges"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "s3" {
  alarm_name          = "s3"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.s3.metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
