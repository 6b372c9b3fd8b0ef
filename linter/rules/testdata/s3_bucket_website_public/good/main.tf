provider "aws" {
  region = "us-east-1"
}

# A website bucket read only by CloudFront.
resource "aws_s3_bucket" "site" {
  bucket = "srm-fixture-web-good-site"
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudfront.amazonaws.com" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::srm-fixture-web-good-site/*"
      Condition = { StringEquals = { "aws:SourceArn" = "arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE" } }
    }]
  })
}

# A public policy, but no website; s3_bucket_public_read reports it.
resource "aws_s3_bucket_policy" "public" {
  bucket = "srm-fixture-web-good-public"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::srm-fixture-web-good-public/*"
    }]
  })
}

# A website whose public policy Block Public Access makes ineffective.
resource "aws_s3_bucket" "blocked" {
  bucket = "srm-fixture-web-good-blocked"
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_website_configuration" "blocked" {
  bucket = aws_s3_bucket.blocked.id
  index_document {
    suffix = "index.html"
  }
}

resource "aws_s3_bucket_policy" "blocked" {
  bucket = aws_s3_bucket.blocked.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::srm-fixture-web-good-blocked/*"
    }]
  })
}
