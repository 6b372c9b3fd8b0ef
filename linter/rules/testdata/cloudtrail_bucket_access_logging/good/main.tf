provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "trail" {
  bucket = "srm-fixture-ct7-trail"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "srm-fixture-ct7-access-logs"
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "cloudtrail/"
}

resource "aws_cloudtrail" "account" {
  name           = "account"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# A bucket managed in another state is checked there.
resource "aws_cloudtrail" "central" {
  name           = "central"
  s3_bucket_name = "org-central-cloudtrail"
}
