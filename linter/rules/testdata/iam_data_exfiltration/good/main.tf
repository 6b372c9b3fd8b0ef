provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "reports" {
  bucket_prefix = "srm-reports-"
}

# A bucket ARN known only after apply still names one bucket.
data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
  }
  statement {
    actions   = ["ssm:GetParametersByPath"]
    resources = ["arn:aws:ssm:us-east-1:123456789012:parameter/app/*"]
  }
}

resource "aws_iam_role" "reader" {
  name = "reader"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "reader" {
  role   = aws_iam_role.reader.id
  policy = data.aws_iam_policy_document.reader.json
}

# Conditioned, and denied.
resource "aws_iam_role" "tagged" {
  name = "tagged"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name = "tagged"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "*", Condition = { StringEquals = { "aws:ResourceTag/app" = "tagged" } } },
        { Effect = "Allow", Action = "s3:*", Resource = "*" },
        { Effect = "Deny", Action = "s3:GetObject", Resource = "*" },
      ]
    })
  }
}
