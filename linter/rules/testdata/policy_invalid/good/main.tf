provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "reports" {
  bucket = "srm-fixture-invalid-reports"
}

data "aws_iam_policy_document" "reader" {
  statement {
    sid       = "ReadReports"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
    condition {
      test     = "stringequals"
      variable = "aws:PrincipalTag/team"
      values   = ["reports"]
    }
  }
}

resource "aws_iam_policy" "reader" {
  name   = "reader"
  policy = data.aws_iam_policy_document.reader.json
}

# Resource policies accept Sids with spaces.
resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Deny insecure transport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.reports.arn, "${aws_s3_bucket.reports.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sts:AssumeRole", "sts:TagSession"], Principal = { Service = "ec2.amazonaws.com" } }]
  })
}
