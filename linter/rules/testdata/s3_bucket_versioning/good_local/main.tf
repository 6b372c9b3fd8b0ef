# Versioning that reaches its bucket through a local, as
# cloudposse/terraform-aws-s3-bucket does (bucket = local.bucket_id with
# bucket_prefix, so the id is known only after apply). The plan JSON omits
# locals; srmlint follows them in the .tf source.
provider "aws" {
  region = "us-east-1"
}

locals {
  bucket_id = join("", aws_s3_bucket.default[*].id)
}

resource "aws_s3_bucket" "default" {
  count         = 1
  bucket_prefix = "srm-fixture-ver-local-"
}

resource "aws_s3_bucket_versioning" "default" {
  count  = 1
  bucket = local.bucket_id
  versioning_configuration {
    status = "Enabled"
  }
}
