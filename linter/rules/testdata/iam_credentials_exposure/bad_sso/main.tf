# An IAM Identity Center permission set whose inline policy lets its users
# create access keys for any IAM user.
provider "aws" {
  region = "us-east-1"
}

resource "aws_ssoadmin_permission_set" "support" { # want "high: Permission set aws_ssoadmin_permission_set.support \(\"Support\"\) may use iam:CreateAccessKey \(aws_ssoadmin_permission_set_inline_policy.support\)"
  name         = "Support"
  instance_arn = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
}

resource "aws_ssoadmin_permission_set_inline_policy" "support" {
  instance_arn       = aws_ssoadmin_permission_set.support.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.support.arn
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey", "iam:ListUsers"]
      Resource = "*"
    }]
  })
}
