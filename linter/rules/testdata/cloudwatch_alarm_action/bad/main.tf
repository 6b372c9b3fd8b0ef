provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_metric_alarm" "cpu" { # want "high: Alarm aws_cloudwatch_metric_alarm.cpu \(\"cpu-high\"\) has no alarm_actions"
  alarm_name          = "cpu-high"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  ok_actions          = ["arn:aws:sns:us-east-1:123456789012:ops"]
}

# A security alarm: its metric comes from a filter on the trail's log group.
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "account" {
  name                       = "account"
  s3_bucket_name             = "srm-fixture-cw15-logs"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root-usage"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"

  metric_transformation {
    name      = "RootUsage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" { # want "high: Security alarm aws_cloudwatch_metric_alarm.root \(\"root-usage\"\) \(on the metric of aws_cloudwatch_log_metric_filter.root, which reads a CloudTrail log group\) has no alarm_actions"
  alarm_name          = "root-usage"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.root.metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = []
}

resource "aws_cloudwatch_composite_alarm" "service" { # want "high: Alarm aws_cloudwatch_composite_alarm.service \(\"service-down\"\) has no alarm_actions"
  alarm_name = "service-down"
  alarm_rule = "ALARM(errors-elsewhere)"
}
