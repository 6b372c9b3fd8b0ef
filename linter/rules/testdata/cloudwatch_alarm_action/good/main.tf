provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "ops" {
  name = "ops"
}

# The topic's ARN is known only after apply; the action counts.
resource "aws_cloudwatch_metric_alarm" "cpu" {
  count               = 2
  alarm_name          = "cpu-high-${count.index}"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.ops.arn]
}

# Children of a composite alarm act through it: by reference and by name.
resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  namespace           = "App"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "latency"
  namespace           = "App"
  metric_name         = "Latency"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 1
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_composite_alarm" "service" {
  alarm_name    = "service-down"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.errors.alarm_name}) AND ALARM(\"latency\")"
  alarm_actions = ["arn:aws:sns:us-east-1:123456789012:oncall"]
}
