provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "srm-fixture-log-good-logs"
}

# The log bucket logs to a second log bucket managed elsewhere.
resource "aws_s3_bucket_logging" "logs" {
  bucket        = aws_s3_bucket.logs.id
  target_bucket = "srm-fixture-log-good-central"
  target_prefix = "srm-fixture-log-good-logs/"
}

# Deprecated inline logging block.
resource "aws_s3_bucket" "inline" {
  bucket = "srm-fixture-log-good-inline"
  logging {
    target_bucket = aws_s3_bucket.logs.id
    target_prefix = "inline/"
  }
}

# Buckets in a module, with count, each with its split logging resource.
module "logged" {
  source = "./modules/logged"
  count  = 2
  name   = "srm-fixture-log-good-module-${count.index}"
  target = aws_s3_bucket.logs.id
}
