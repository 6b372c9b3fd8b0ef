provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "none" { # want "low: Bucket aws_s3_bucket.none .*is not versioned"
  bucket = "srm-fixture-ver-none"
}

resource "aws_s3_bucket" "suspended" {
  bucket = "srm-fixture-ver-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended" # want "aws_s3_bucket.suspended .*has versioning suspended \(aws_s3_bucket_versioning.suspended\)"
  }
}

resource "aws_s3_bucket" "inline" {
  bucket = "srm-fixture-ver-inline"
  versioning {
    enabled = false # want "aws_s3_bucket.inline .*has versioning suspended \(aws_s3_bucket.inline versioning.0.enabled\)"
  }
}
