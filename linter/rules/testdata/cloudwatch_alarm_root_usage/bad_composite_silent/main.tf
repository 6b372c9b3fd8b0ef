# The alarm has no actions of its own, nor has the composite alarm it feeds,
# nor the composite alarm that one feeds: nobody is notified.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}

resource "aws_sns_topic" "security" {
  name = "security-alarms"
}

resource "aws_cloudtrail" "account" {
  name                       = "account"
  s3_bucket_name             = "srm-fixture-cis-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

resource "aws_cloudwatch_log_metric_filter" "root" { # want "low: Metric filter aws_cloudwatch_log_metric_filter.root catches uses of the root user .*the only alarms on metric CISBenchmark/RootUsage \(aws_cloudwatch_metric_alarm.root\) have no action target .* or have actions disabled, and feed no composite alarm that has one"
  name           = "RootUsage"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"

  metric_transformation {
    name      = "RootUsage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root-usage"
  namespace           = "CISBenchmark"
  metric_name         = "RootUsage"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_composite_alarm" "security" {
  alarm_name = "security-events"
  alarm_rule = "ALARM(${aws_cloudwatch_metric_alarm.root.alarm_name})"
}

resource "aws_cloudwatch_composite_alarm" "paging" {
  alarm_name      = "security-paging"
  alarm_rule      = "ALARM(\"security-events\")"
  actions_enabled = false
  alarm_actions   = [aws_sns_topic.security.arn]
}
