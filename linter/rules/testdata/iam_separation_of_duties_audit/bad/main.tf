provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "security" { # want "high: Role aws_iam_role.security \(\"security\"\) can both change permissions \(iam:AttachRolePolicy \(aws_iam_role_policy.security\)\) and stop or alter the audit trail \(cloudtrail:StopLogging \(aws_iam_role_policy.security\), cloudtrail:DeleteTrail \(aws_iam_role_policy.security\), cloudtrail:UpdateTrail \(aws_iam_role_policy.security\), cloudtrail:PutEventSelectors \(aws_iam_role_policy.security\)\)"
  name = "security"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_role_policy" "security" {
  role = aws_iam_role.security.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["cloudtrail:*"], Resource = "*" },
      { Effect = "Allow", Action = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"], Resource = "*" },
    ]
  })
}
