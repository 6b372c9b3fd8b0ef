provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "app" {
  bucket_prefix = "srm-app-"
}

resource "aws_iam_role" "bucket_admin" {
  name = "bucket-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "bucket_admin" {
  statement {
    actions   = ["s3:PutBucketPolicy", "s3:PutBucketPublicAccessBlock"]
    resources = [aws_s3_bucket.app.arn]
  }
  statement {
    actions   = ["iam:AttachRolePolicy"]
    resources = ["*"]
    condition {
      test     = "ArnEquals"
      variable = "iam:PolicyARN"
      values   = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
    }
  }
}

resource "aws_iam_role_policy" "bucket_admin" {
  role   = aws_iam_role.bucket_admin.id
  policy = data.aws_iam_policy_document.bucket_admin.json
}
