# The CIS root-usage filter and its alarm, as nozaq secure-baseline sets
# them up by default: the alarm's only action is a topic encrypted with the
# AWS managed key aws/sns, which CloudWatch cannot use, so nobody is told.
provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "alarms" {
  name              = "srm-fixture-cis-managed-key"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_log_metric_filter" "root" { # want "low: Metric filter aws_cloudwatch_log_metric_filter.root catches uses of the root user .*the only alarms on metric CISBenchmark/RootUsage \(aws_cloudwatch_metric_alarm.root\) have no action target \(or only SNS topics encrypted with aws/sns"
  name           = "root-usage"
  log_group_name = "cloudtrail"
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
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
