provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "ops" { # want "Role aws_iam_role.ops \(\"ops\"\) has the AWS managed policy AWSCloudShellFullAccess attached"
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_role_policy_attachment" "ops" {
  role       = aws_iam_role.ops.name
  policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
}

resource "aws_iam_group" "devs" { # want "Group aws_iam_group.devs \(\"devs\"\) has the AWS managed policy AWSCloudShellFullAccess"
  name = "devs"
}

resource "aws_iam_user" "ann" {
  name = "ann"
}

resource "aws_iam_group_membership" "devs" {
  name  = "devs"
  group = aws_iam_group.devs.name
  users = [aws_iam_user.ann.name]
}

# Attached to a group and, by name, to a role this plan does not manage.
resource "aws_iam_policy_attachment" "cloudshell" {
  name       = "cloudshell"
  groups     = [aws_iam_group.devs.name]
  roles      = ["support"] # want "Role \"support\" \(not managed in this plan\) has the AWS managed policy AWSCloudShellFullAccess"
  policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
}
