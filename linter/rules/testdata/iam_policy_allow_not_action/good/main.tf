provider "aws" {
  region = "us-east-1"
}

# Deny with NotAction: the MFA enforcement pattern.
data "aws_iam_policy_document" "require_mfa" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:EnableMFADevice", "iam:ListMFADevices", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "require_mfa" {
  name   = "require-mfa"
  policy = data.aws_iam_policy_document.require_mfa.json
}

# NotAction in a permissions boundary caps permissions.
resource "aws_iam_policy" "boundary" {
  name = "boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}

resource "aws_iam_role" "app" {
  name                 = "app"
  permissions_boundary = aws_iam_policy.boundary.arn
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}
