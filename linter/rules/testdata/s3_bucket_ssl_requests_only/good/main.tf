provider "aws" {
  region = "us-east-1"
}

# The TLS-only deny from aws_iam_policy_document, merged with a grant; the
# resources are the new bucket's ARN, known only after apply.
resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-tls-good-data"
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "data" {
  source_policy_documents = [data.aws_iam_policy_document.tls_only.json]
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.data.json
}

# A literal policy with {"AWS": "*"} and every action ("*").
resource "aws_s3_bucket" "literal" {
  bucket = "srm-fixture-tls-good-literal"
}

resource "aws_s3_bucket_policy" "literal" {
  bucket = aws_s3_bucket.literal.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "*"
      Resource  = ["arn:aws:s3:::srm-fixture-tls-good-literal", "arn:aws:s3:::srm-fixture-tls-good-literal/*"]
      Condition = { Bool = { "aws:SecureTransport" = false } }
    }]
  })
}

# A bucket managed in another state, configured here by name.
resource "aws_s3_bucket_policy" "elsewhere" {
  bucket = "srm-fixture-tls-good-elsewhere"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::srm-fixture-tls-good-elsewhere/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# In a module, with for_each.
module "buckets" {
  source   = "./modules/bucket"
  for_each = toset(["a", "b"])
  name     = "srm-fixture-tls-good-module-${each.key}"
}
