provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-sse-good-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

# aws:kms without a key (the AWS managed aws/s3 key) and DSSE-KMS also pass.
resource "aws_s3_bucket" "managed" {
  for_each = toset(["aws:kms", "aws:kms:dsse"])
  bucket   = "srm-fixture-sse-good-${replace(each.key, ":", "-")}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "managed" {
  for_each = aws_s3_bucket.managed
  bucket   = each.value.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = each.key
    }
  }
}

# A server access log target must use SSE-S3.
resource "aws_s3_bucket" "logs" {
  bucket = "srm-fixture-sse-good-logs"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}
