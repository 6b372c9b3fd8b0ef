provider "aws" {
  region = "us-east-1"
}

# A key this plan creates: its ARN is known only after apply, and counts.
resource "aws_kms_key" "trail" {
  description         = "CloudTrail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-ct2-logs"
  is_multi_region_trail = true
  kms_key_id            = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "literal" {
  name           = "literal"
  s3_bucket_name = "srm-fixture-ct2-logs"
  kms_key_id     = "arn:aws:kms:us-east-1:123456789012:key/0b5f4a42-93a9-4f5c-8d3c-8f8d9c1f0b11"
}
