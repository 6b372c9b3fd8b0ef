provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-mfa-good-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  mfa    = "arn:aws:iam::123456789012:mfa/root-account-mfa-device 123456"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket" "inline" {
  bucket = "srm-fixture-mfa-good-inline"
  versioning {
    enabled    = true
    mfa_delete = true
  }
}

# Unversioned buckets are s3_bucket_versioning's business.
resource "aws_s3_bucket" "unversioned" {
  bucket = "srm-fixture-mfa-good-unversioned"
}
