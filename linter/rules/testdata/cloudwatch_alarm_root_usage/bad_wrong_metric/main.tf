# The alarm references the filter but watches its name ("root-usage-filter"),
# not the metric it emits ("RootUsage"): it never gets data, never fires.
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

resource "aws_cloudwatch_log_metric_filter" "root" { # want "low: Metric filter aws_cloudwatch_log_metric_filter.root catches uses of the root user .*, but no alarm in this plan watches metric CISBenchmark/RootUsage: the alarms that reference the filter watch a metric it does not emit \(aws_cloudwatch_metric_alarm.root watches CISBenchmark/root-usage-filter\)"
  name           = "root-usage-filter"
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
  metric_name         = aws_cloudwatch_log_metric_filter.root.name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.security.arn]
}
