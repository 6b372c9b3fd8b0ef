# The account baseline: the trail's log group has the CIS root-usage filter,
# but no alarm watches its metric. One finding, on the filter: the trail is
# not reported again for the same gap.
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
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

resource "aws_cloudwatch_log_metric_filter" "root" { # want "low: Metric filter aws_cloudwatch_log_metric_filter.root catches uses of the root user \(CloudWatch.1, CIS 1.4 4.3\), but no alarm in this plan watches"
  name           = "root-usage"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"

  metric_transformation {
    name      = "RootUsage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}
