provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "staff" {
  name = "staff"
}

# The group's policy has a Deny, but not one conditioned on MFA.
resource "aws_iam_group_policy" "staff" {
  group  = aws_iam_group.staff.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Action = "iam:*", Resource = "*" }] })
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.staff.name]
}

resource "aws_iam_user_login_profile" "alice" { # want "aws_iam_user_login_profile.alice gives IAM user \"alice\" a console password, and none of the user's policies.*Also set password_reset_required = true"
  user = aws_iam_user.alice.name
}

# A user this plan does not manage.
resource "aws_iam_user_login_profile" "bob" { # want "aws_iam_user_login_profile.bob gives IAM user \"bob\" a console password"
  user                    = "bob"
  password_reset_required = true
}
