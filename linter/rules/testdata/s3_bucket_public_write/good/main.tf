provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "uploader" {
  name = "srm-fixture-uploader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_s3_bucket" "uploads" {
  bucket = "srm-fixture-write-good-uploads"
}

# Writers are a named role (its ARN is known only after apply).
data "aws_iam_policy_document" "uploads" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.uploads.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.uploader.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  policy = data.aws_iam_policy_document.uploads.json
}

# A service principal limited to one source account: server access logs.
resource "aws_s3_bucket_policy" "logs" {
  bucket = "srm-fixture-write-good-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::srm-fixture-write-good-logs/*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}

# Public read is not public write.
resource "aws_s3_bucket_acl" "read_only" {
  bucket = "srm-fixture-write-good-read-only"
  acl    = "private"
}
