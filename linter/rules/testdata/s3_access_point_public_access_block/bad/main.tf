provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-ap-data"
}

resource "aws_s3_access_point" "open" {
  bucket = aws_s3_bucket.data.id
  name   = "open"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = false # want "critical: Block Public Access of access point aws_s3_access_point.open is not fully on: block_public_policy = false, restrict_public_buckets = false"
    ignore_public_acls      = true
    restrict_public_buckets = false
  }
}
