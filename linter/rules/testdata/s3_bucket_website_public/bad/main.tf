provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "site" {
  bucket = "srm-fixture-web-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "aws_s3_bucket_website_configuration" "site" { # want "high: Bucket aws_s3_bucket.site .*is a static website \(aws_s3_bucket_website_configuration.site\) whose policy, statement 0 \(\"PublicRead\"\), lets anyone read it \(s3:GetObject\)"
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}

data "aws_iam_policy_document" "site" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.site.json
}

# The deprecated inline website and policy arguments.
resource "aws_s3_bucket" "legacy" { # want "Bucket aws_s3_bucket.legacy .*is a static website \(aws_s3_bucket.legacy\) whose policy, statement 0, lets anyone read it \(s3:Get\*\)"
  bucket = "srm-fixture-web-legacy"
  website {
    index_document = "index.html"
  }
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "s3:Get*"
      Resource  = "arn:aws:s3:::srm-fixture-web-legacy/*"
    }]
  })
}
