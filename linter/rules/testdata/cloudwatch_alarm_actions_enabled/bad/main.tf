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
  actions_enabled     = false # want "high: Alarm aws_cloudwatch_metric_alarm.root \(\"root-usage\"\) has its actions disabled"
}

resource "aws_cloudwatch_composite_alarm" "service" {
  alarm_name      = "service-down"
  alarm_rule      = "ALARM(root-usage)"
  alarm_actions   = ["arn:aws:sns:us-east-1:123456789012:oncall"]
  actions_enabled = false # want "Alarm aws_cloudwatch_composite_alarm.service .*actions disabled"
}
