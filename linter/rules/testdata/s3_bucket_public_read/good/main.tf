provider "aws" {
  region = "us-east-1"
}

variable "org_id" {
  type    = string
  default = "o-a1b2c3d4e5"
}

# Principal "*" restricted to the organisation.
resource "aws_s3_bucket" "org" {
  bucket = "srm-fixture-read-good-org"
}

data "aws_iam_policy_document" "org" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.org.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.org_id]
    }
  }
}

resource "aws_s3_bucket_policy" "org" {
  bucket = aws_s3_bucket.org.id
  policy = data.aws_iam_policy_document.org.json
}

# Principal "*" allowed, but a Deny takes it away from everyone outside a VPC endpoint.
resource "aws_s3_bucket_policy" "vpce" {
  bucket = "srm-fixture-read-good-vpce"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ReadFromVpc"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-read-good-vpce/*"
      },
      {
        Sid       = "DenyOutsideVpce"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::srm-fixture-read-good-vpce", "arn:aws:s3:::srm-fixture-read-good-vpce/*"]
        Condition = { StringNotEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f67890" } }
      },
    ]
  })
}

# A named account, and the TLS-only deny every bucket should have.
resource "aws_s3_bucket_policy" "partner" {
  bucket = "srm-fixture-read-good-partner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = ["s3:GetObject", "s3:ListBucket"]
        Resource  = ["arn:aws:s3:::srm-fixture-read-good-partner", "arn:aws:s3:::srm-fixture-read-good-partner/*"]
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::srm-fixture-read-good-partner", "arn:aws:s3:::srm-fixture-read-good-partner/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

# A public ACL that Block Public Access makes ineffective.
resource "aws_s3_bucket" "legacy" {
  bucket = "srm-fixture-read-good-legacy"
}

resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket                  = aws_s3_bucket.legacy.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "legacy" {
  bucket = aws_s3_bucket.legacy.id
  acl    = "public-read"
}

# Private canned ACL.
resource "aws_s3_bucket_acl" "private" {
  bucket = "srm-fixture-read-good-private"
  acl    = "private"
}
