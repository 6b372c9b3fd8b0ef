provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-mfa-data"
}

resource "aws_s3_bucket_versioning" "data" { # want "low: Versioned bucket aws_s3_bucket.data .*does not require MFA delete"
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "explicit" { # want "Versioned bucket \"srm-fixture-mfa-explicit\" does not require MFA delete"
  bucket = "srm-fixture-mfa-explicit"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}

resource "aws_s3_bucket" "inline" { # want "Versioned bucket aws_s3_bucket.inline .*does not require MFA delete"
  bucket = "srm-fixture-mfa-inline"
  versioning {
    enabled = true
  }
}
