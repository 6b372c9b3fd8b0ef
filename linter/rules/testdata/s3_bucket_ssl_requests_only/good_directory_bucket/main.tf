# An S3 Express One Zone directory bucket's policy: it takes only
# s3express:* actions and arn:aws:s3express: resources, so the S3.5 deny of
# s3:* cannot be written there, and S3.5 covers general purpose buckets.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_directory_bucket" "this" {
  bucket = "srm-fixture--use1-az4--x-s3"
  location {
    name = "use1-az4"
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_directory_bucket.this.bucket
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReadWriteAccess"
      Effect    = "Allow"
      Action    = "s3express:CreateSession"
      Resource  = aws_s3_directory_bucket.this.arn
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
    }]
  })
}
