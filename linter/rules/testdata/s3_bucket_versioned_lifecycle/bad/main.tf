provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "none" { # want "medium: Bucket aws_s3_bucket.none .*has no lifecycle configuration, so every overwrite and delete keeps another noncurrent version"
  bucket = "srm-fixture-vlc-none"
}

resource "aws_s3_bucket_versioning" "none" {
  bucket = aws_s3_bucket.none.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "disabled" {
  bucket = "srm-fixture-vlc-disabled"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "disabled" {
  bucket = aws_s3_bucket.disabled.id
  rule { # want "Bucket aws_s3_bucket.disabled .*has a lifecycle configuration, but none of its rules is enabled"
    id     = "expire-versions"
    status = "Disabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}
