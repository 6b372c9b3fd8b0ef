provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "default" { # want "medium: Bucket aws_s3_bucket.default .*has no default encryption configuration, so objects get SSE-S3"
  bucket = "srm-fixture-sse-default"
}

resource "aws_s3_bucket" "aes" {
  bucket = "srm-fixture-sse-aes"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aes" {
  bucket = aws_s3_bucket.aes.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # want "Bucket aws_s3_bucket.aes .*encrypts with sse_algorithm = \"AES256\" \(SSE-S3"
    }
  }
}

resource "aws_s3_bucket" "inline" {
  bucket = "srm-fixture-sse-inline"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256" # want "Bucket aws_s3_bucket.inline .*encrypts with sse_algorithm = \"AES256\""
      }
    }
  }
}
