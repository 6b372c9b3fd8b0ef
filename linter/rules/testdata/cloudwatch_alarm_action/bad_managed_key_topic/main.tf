# Alarms whose only action is an SNS topic encrypted with the AWS managed
# key aws/sns: that key's policy does not let CloudWatch use it, so the
# notifications are never delivered. The third alarm also notifies a topic
# with a customer managed key, which works.
provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "managed" {
  name              = "srm-fixture-alerts-managed"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_kms_key" "alerts" {
  description         = "alerts"
  enable_key_rotation = true
}

resource "aws_sns_topic" "cmk" {
  name              = "srm-fixture-alerts-cmk"
  kms_master_key_id = aws_kms_key.alerts.arn
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "cpu-high"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 1
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.managed.arn] # want "high: Alarm aws_cloudwatch_metric_alarm.cpu \(\"cpu-high\"\) publishes only to SNS topics encrypted with the AWS managed key aws/sns \(aws_sns_topic.managed\)"
}

resource "aws_cloudwatch_metric_alarm" "both" {
  alarm_name          = "disk-high"
  namespace           = "CWAgent"
  metric_name         = "disk_used_percent"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 1
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.managed.arn, aws_sns_topic.cmk.arn]
}
