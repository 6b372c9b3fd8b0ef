provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-vlc-good-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "expire-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}

# Unversioned buckets are s3_bucket_lifecycle's business.
resource "aws_s3_bucket" "plain" {
  bucket = "srm-fixture-vlc-good-plain"
}

# Suspended versioning keeps no new versions.
resource "aws_s3_bucket_versioning" "suspended" {
  bucket = "srm-fixture-vlc-good-suspended"
  versioning_configuration {
    status = "Suspended"
  }
}
