# The account baseline: the trail feeds a log group that nothing watches.
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
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" # want "low: Trail aws_cloudtrail.account \(\"account\"\) sends its events to log group \"cloudtrail\", but no metric filter on that group catches all network gateway changes"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}
