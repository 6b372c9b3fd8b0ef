# The account baseline with every CIS metric filter and alarm, in a module.
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

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

module "cis" {
  source          = "./modules/cis"
  log_group_name  = aws_cloudwatch_log_group.trail.name
  alarm_topic_arn = aws_sns_topic.alerts.arn
}
