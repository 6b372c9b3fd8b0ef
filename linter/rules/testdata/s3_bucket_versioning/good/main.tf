provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  count  = 2
  bucket = "srm-fixture-ver-good-data-${count.index}"
}

resource "aws_s3_bucket_versioning" "data" {
  count  = 2
  bucket = aws_s3_bucket.data[count.index].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "inline" {
  bucket = "srm-fixture-ver-good-inline"
  versioning {
    enabled = true
  }
}
