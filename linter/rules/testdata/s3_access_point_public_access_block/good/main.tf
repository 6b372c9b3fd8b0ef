provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-ap-good-data"
}

# No block: S3 turns all four settings on.
resource "aws_s3_access_point" "default" {
  bucket = aws_s3_bucket.data.id
  name   = "default"
}

# A block that sets only some flags: the others default to true.
resource "aws_s3_access_point" "partial" {
  bucket = aws_s3_bucket.data.id
  name   = "partial"
  public_access_block_configuration {
    block_public_acls = true
  }
}
