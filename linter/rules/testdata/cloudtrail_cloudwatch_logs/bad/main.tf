provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "none" { # want "low: Trail aws_cloudtrail.none .*does not send its events to CloudWatch Logs \(cloud_watch_logs_group_arn and cloud_watch_logs_role_arn not set\)"
  name           = "none"
  s3_bucket_name = "srm-fixture-ct5-logs"
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "srm-fixture-ct5"
  retention_in_days = 365
}

# Without a role, CloudTrail cannot write to the log group.
resource "aws_cloudtrail" "no_role" { # want "Trail aws_cloudtrail.no_role .*\(cloud_watch_logs_role_arn not set\)"
  name                       = "no-role"
  s3_bucket_name             = "srm-fixture-ct5-logs"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
}
