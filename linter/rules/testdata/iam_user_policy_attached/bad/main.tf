provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy" "alice" {
  user   = aws_iam_user.alice.name # want "aws_iam_user_policy.alice gives IAM user \"alice\" a policy directly"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" }] })
}

resource "aws_iam_user_policy_attachment" "alice" {
  user       = aws_iam_user.alice.name # want "aws_iam_user_policy_attachment.alice gives IAM user \"alice\""
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::artifacts/*" }] })
}

resource "aws_iam_policy_attachment" "deploy" {
  name       = "deploy"
  users      = ["bob", aws_iam_user.alice.name] # want "aws_iam_policy_attachment.deploy gives IAM users \"alice\", \"bob\""
  policy_arn = aws_iam_policy.deploy.arn
}

resource "aws_iam_user_policy_attachments_exclusive" "carol" {
  user_name   = "carol" # want "aws_iam_user_policy_attachments_exclusive.carol gives IAM user \"carol\""
  policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
