provider "aws" {
  region = "us-east-1"
}

# An AWS managed policy grants s3:Get* on every bucket.
resource "aws_iam_role" "analytics" { # want "medium: Role aws_iam_role.analytics \(\"analytics\"\) may use s3:GetObject \(AWS managed policy AmazonS3ReadOnlyAccess\), secretsmanager:GetSecretValue \(aws_iam_role.analytics \(inline_policy.0.policy\)\) on every resource"
  name = "analytics"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
  inline_policy {
    name   = "secrets"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "arn:aws:secretsmanager:*:*:secret:*" }] })
  }
}

# A group's parameters: reported on the group, not on its members.
resource "aws_iam_group" "ops" { # want "Group aws_iam_group.ops .*may use ssm:GetParameter "
  name = "ops"
}

resource "aws_iam_group_policy" "ops" {
  group  = aws_iam_group.ops.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ssm:GetParameter*", Resource = "*" }] })
}

resource "aws_iam_group" "people" { # want "Group aws_iam_group.people \(\"people\"\) may use ssm:GetParameter \(aws_iam_group_policy.people\), ssm:GetParameters \(aws_iam_group_policy.people\), ssm:GetParametersByPath \(aws_iam_group_policy.people\)"
  name = "people"
}

resource "aws_iam_group_policy" "people" {
  group  = aws_iam_group.people.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ssm:GetParameter*", Resource = "arn:aws:ssm:*:*:parameter/*" }] })
}

resource "aws_iam_user" "erin" {
  name = "erin"
}

resource "aws_iam_group_membership" "people" {
  name  = "people"
  group = aws_iam_group.people.name
  users = [aws_iam_user.erin.name]
}
