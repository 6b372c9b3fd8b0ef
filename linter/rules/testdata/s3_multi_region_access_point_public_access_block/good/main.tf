provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-mrap-good-data"
}

resource "aws_s3control_multi_region_access_point" "default" {
  details {
    name = "default"
    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}

resource "aws_s3control_multi_region_access_point" "explicit" {
  details {
    name = "explicit"
    public_access_block {
      block_public_acls       = true
      block_public_policy     = true
      ignore_public_acls      = true
      restrict_public_buckets = true
    }
    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}
