provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "all_but_prod" {
  name = "all-but-prod"
  policy = jsonencode({ # want "aws_iam_policy.all_but_prod: Statement 0 applies to every resource except \[arn:aws:s3:::prod, arn:aws:s3:::prod/\*\]"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", NotResource = ["arn:aws:s3:::prod", "arn:aws:s3:::prod/*"] }]
  })
}

resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
  inline_policy {
    name   = "secrets"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", NotResource = "arn:aws:secretsmanager:*:*:secret:root-*" }] }) # want "aws_iam_role.ci \(inline_policy.0.policy\): Statement 0 applies to every resource except"
  }
}
