provider "aws" {
  region = "us-east-1"
}

# 1. No bucket policy at all.
resource "aws_s3_bucket" "bare" { # want "medium: Bucket aws_s3_bucket.bare \(\"srm-fixture-tls-bare\"\) has no bucket policy, so it accepts requests over plain HTTP"
  bucket = "srm-fixture-tls-bare"
}

# 2. A policy that grants access but never denies plain HTTP.
resource "aws_s3_bucket" "grants" {
  bucket = "srm-fixture-tls-grants"
}

data "aws_iam_policy_document" "grants" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.grants.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "grants" {
  bucket = aws_s3_bucket.grants.id
  policy = data.aws_iam_policy_document.grants.json # want "policy of bucket aws_s3_bucket.grants .*does not deny requests over plain HTTP"
}

# 3. Near misses: the deny applies only outside a VPC endpoint, only to
# GetObject, or only to a prefix.
resource "aws_s3_bucket_policy" "narrow" {
  for_each = {
    vpce   = { Action = "s3:*", Resource = "arn:aws:s3:::srm-fixture-tls-vpce/*", Condition = { Bool = { "aws:SecureTransport" = "false" }, StringNotEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f67890" } } }
    get    = { Action = "s3:GetObject", Resource = "arn:aws:s3:::srm-fixture-tls-get/*", Condition = { Bool = { "aws:SecureTransport" = "false" } } }
    prefix = { Action = "s3:*", Resource = "arn:aws:s3:::srm-fixture-tls-prefix/private/*", Condition = { Bool = { "aws:SecureTransport" = "false" } } }
  }
  bucket = "srm-fixture-tls-${each.key}"
  policy = jsonencode({ # want "\"srm-fixture-tls-get\" does not deny" "\"srm-fixture-tls-prefix\" does not deny" "\"srm-fixture-tls-vpce\" does not deny"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = each.value.Action
      Resource  = each.value.Resource
      Condition = each.value.Condition
    }]
  })
}

# 4. A policy known only after apply: it names a role created by this plan.
resource "aws_iam_role" "reader" {
  name = "srm-fixture-tls-reader"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket" "later" {
  bucket = "srm-fixture-tls-later"
}

resource "aws_s3_bucket_policy" "later" {
  bucket = aws_s3_bucket.later.id
  policy = jsonencode({ # want "medium: The policy of bucket aws_s3_bucket.later .*does not deny requests over plain HTTP"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.reader.arn }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::srm-fixture-tls-later/*"
    }]
  })
}

# 5. Buckets in a child module called twice.
module "buckets" {
  source = "./modules/bucket"
  count  = 2
  name   = "srm-fixture-tls-module-${count.index}"
}
