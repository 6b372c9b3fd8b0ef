provider "aws" {
  region = "us-east-1"
}

# A console user whose only MFA-related Deny covers one action: everything else works with just a password.
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_login_profile" "alice" { # want "aws_iam_user_login_profile.alice gives IAM user \"alice\" a console password"
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}
resource "aws_iam_group" "devs" {
  name = "devs"
}
resource "aws_iam_group_membership" "devs" {
  name  = "devs"
  group = aws_iam_group.devs.name
  users = [aws_iam_user.alice.name]
}
data "aws_iam_policy_document" "devs" {
  statement {
    sid       = "Work"
    actions   = ["ec2:Describe*", "ec2:StartInstances", "ec2:StopInstances", "s3:ListAllMyBuckets"]
    resources = ["*"]
  }
  statement {
    sid       = "NoTerminateWithoutMFA"
    effect    = "Deny"
    actions   = ["ec2:TerminateInstances"]
    resources = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}
resource "aws_iam_group_policy" "devs" {
  name   = "devs"
  group  = aws_iam_group.devs.name
  policy = data.aws_iam_policy_document.devs.json
}

# control: same user setup without the narrow Deny -> iam_user_login_profile expected
resource "aws_iam_user" "bob" {
  name = "bob"
}
resource "aws_iam_user_login_profile" "bob" { # want "aws_iam_user_login_profile.bob gives IAM user \"bob\" a console password"
  user                    = aws_iam_user.bob.name
  password_reset_required = true
}
