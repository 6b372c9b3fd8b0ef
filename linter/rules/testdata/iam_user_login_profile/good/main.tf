provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "people" {
  name = "people"
}

data "aws_iam_policy_document" "require_mfa" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices", "iam:ResyncMFADevice", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_group_policy" "require_mfa" {
  group  = aws_iam_group.people.name
  policy = data.aws_iam_policy_document.require_mfa.json
}

resource "aws_iam_group_membership" "people" {
  name  = "people"
  group = aws_iam_group.people.name
  users = [aws_iam_user.alice.name]
}

resource "aws_iam_user_login_profile" "alice" {
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}
