# An Object Lock bucket: S3 turns versioning on when the bucket is created
# with Object Lock, and it can never be suspended, so no
# aws_s3_bucket_versioning is needed.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "lock" {
  bucket              = "srm-fixture-object-lock"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "lock" {
  bucket = aws_s3_bucket.lock.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 30
    }
  }
}
