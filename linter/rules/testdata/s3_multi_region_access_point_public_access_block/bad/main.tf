provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-mrap-data"
}

resource "aws_s3control_multi_region_access_point" "open" {
  details {
    name = "open"
    public_access_block {
      block_public_acls  = false # want "high: Block Public Access of Multi-Region Access Point aws_s3control_multi_region_access_point.open is not fully on: block_public_acls = false, ignore_public_acls = false"
      ignore_public_acls = false
    }
    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}
