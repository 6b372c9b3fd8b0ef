provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "trail" {
  for_each = toset(["a", "b"])
  bucket   = "srm-fixture-ct7-${each.key}"
}

resource "aws_cloudtrail" "account" {
  for_each       = aws_s3_bucket.trail
  name           = "account-${each.key}"
  s3_bucket_name = each.value.id # want "low: Bucket aws_s3_bucket.trail\[\"a\"\] .*has no server access logging" "Bucket aws_s3_bucket.trail\[\"b\"\] .*account-b"
}
