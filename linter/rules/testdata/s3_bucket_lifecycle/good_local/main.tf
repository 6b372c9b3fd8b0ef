# A lifecycle configuration that reaches its bucket through a local, as
# cloudposse/terraform-aws-s3-bucket does (bucket = local.bucket_id, a
# join over the counted bucket, known only after apply). The plan JSON
# omits locals: srmlint follows them in the .tf source, and without it
# reports the bucket as undecided, never as lacking a lifecycle.
provider "aws" {
  region = "us-east-1"
}

locals {
  enabled   = true
  bucket_id = join("", aws_s3_bucket.default[*].id)
}

resource "aws_s3_bucket" "default" {
  count         = local.enabled ? 1 : 0
  bucket_prefix = "srm-fixture-lc-local-"
}

resource "aws_s3_bucket_lifecycle_configuration" "default" {
  count  = local.enabled ? 1 : 0
  bucket = local.bucket_id

  rule {
    id     = "expire-noncurrent"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
