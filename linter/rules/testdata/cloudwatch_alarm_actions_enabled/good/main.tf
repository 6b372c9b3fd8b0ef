provider "aws" {
  region = "us-east-1"
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
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:security"]
}

resource "aws_cloudwatch_metric_alarm" "explicit" {
  alarm_name          = "explicit"
  namespace           = "App"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:us-east-1:123456789012:ops"]
  actions_enabled     = true
}
