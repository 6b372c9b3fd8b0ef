provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "none" { # want "low: Bucket aws_s3_bucket.none .*has no lifecycle configuration"
  bucket = "srm-fixture-lc-none"
}

resource "aws_s3_bucket" "disabled" {
  bucket = "srm-fixture-lc-disabled"
}

resource "aws_s3_bucket_lifecycle_configuration" "disabled" {
  bucket = aws_s3_bucket.disabled.id
  rule { # want "Bucket aws_s3_bucket.disabled .*has a lifecycle configuration, but none of its rules is enabled"
    id     = "expire"
    status = "Disabled"
    filter {}
    expiration {
      days = 30
    }
  }
}

# The deprecated inline form, disabled.
resource "aws_s3_bucket" "inline" { # want "aws_s3_bucket.inline .*has no lifecycle configuration"
  bucket = "srm-fixture-lc-inline"
  lifecycle_rule {
    enabled = false
    expiration {
      days = 30
    }
  }
}
