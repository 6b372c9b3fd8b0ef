provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" { # want "medium: Trail aws_cloudtrail.account \(\"account\"\) stores its log files with S3-managed encryption only"
  name                  = "account"
  s3_bucket_name        = "srm-fixture-ct2-logs"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "regional" { # want "regional-0.*S3-managed" "regional-1.*S3-managed"
  count          = 2
  name           = "regional-${count.index}"
  s3_bucket_name = "srm-fixture-ct2-logs"
}
