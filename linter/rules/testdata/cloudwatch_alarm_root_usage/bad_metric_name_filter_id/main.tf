# Alarms that name their metric by the filter's id, as
# terraform-aws-modules/cloudwatch cis-alarms and nozaq secure-baseline
# write them: the id of aws_cloudwatch_log_metric_filter is the filter's
# name, so the alarm watches the metric only when the filter names its
# metric the same. The id is known only after apply; the name is not.
provider "aws" {
  region = "us-east-1"
}

# A customer managed key: CloudWatch cannot publish to a topic encrypted
# with the AWS managed key aws/sns.
resource "aws_kms_key" "alarms" {
  description         = "CIS alarm notifications"
  enable_key_rotation = true
}

resource "aws_sns_topic" "alarms" {
  name              = "srm-fixture-cis-alarms"
  kms_master_key_id = aws_kms_key.alarms.arn
}

# Filter "cis-root-usage" emits metric "RootUsage": the alarm watches a
# metric named "cis-root-usage", which never gets data.
resource "aws_cloudwatch_log_metric_filter" "root" { # want "low: Metric filter aws_cloudwatch_log_metric_filter.root catches .*no alarm in this plan watches metric CISBenchmark/RootUsage: .*aws_cloudwatch_metric_alarm.root watches CISBenchmark/cis-root-usage"
  name           = "cis-root-usage"
  log_group_name = "cloudtrail"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "cis-root-usage"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.root.id
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

# Filter and metric named alike: the alarm on the filter's id watches it.
resource "aws_cloudwatch_log_metric_filter" "root_same" {
  name           = "RootUsageSame"
  log_group_name = "cloudtrail"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
  metric_transformation {
    name      = "RootUsageSame"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root_same" {
  alarm_name          = "cis-root-usage-same"
  namespace           = "CISBenchmark"
  metric_name         = aws_cloudwatch_log_metric_filter.root_same.id
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
