provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "omitted" { # want "low: Trail aws_cloudtrail.omitted .*does not validate its log files"
  name           = "omitted"
  s3_bucket_name = "srm-fixture-ct4-logs"
}

resource "aws_cloudtrail" "off" {
  name                       = "off"
  s3_bucket_name             = "srm-fixture-ct4-logs"
  enable_log_file_validation = false # want "low: Trail aws_cloudtrail.off .*does not validate"
}
