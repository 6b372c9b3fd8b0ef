provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "trail" {
  bucket = "srm-fixture-ct6-good"
}

resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Only CloudTrail may write, for this account: not public.
data "aws_iam_policy_document" "trail" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.trail.arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_s3_bucket_policy" "trail" {
  bucket = aws_s3_bucket.trail.id
  policy = data.aws_iam_policy_document.trail.json
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}

# A public-read ACL that ignore_public_acls neutralises.
resource "aws_s3_bucket" "ignored" {
  bucket = "srm-fixture-ct6-ignored"
}

resource "aws_s3_bucket_public_access_block" "ignored" {
  bucket                  = aws_s3_bucket.ignored.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "ignored" {
  bucket = aws_s3_bucket.ignored.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "ignored" {
  bucket     = aws_s3_bucket.ignored.id
  acl        = "public-read"
  depends_on = [aws_s3_bucket_ownership_controls.ignored]
}

resource "aws_cloudtrail" "ignored" {
  name           = "ignored"
  s3_bucket_name = aws_s3_bucket.ignored.id
}

# A bucket managed in another state is checked there.
resource "aws_cloudtrail" "central" {
  name           = "central"
  s3_bucket_name = "org-central-cloudtrail"
}
