provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "lambda_exec" {
  name = "lambda-exec"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# A named role (known only after apply, but one role).
data "aws_iam_policy_document" "deployer" {
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.lambda_exec.arn]
  }
}

resource "aws_iam_policy" "deployer" {
  name   = "deployer"
  policy = data.aws_iam_policy_document.deployer.json
}

# Every role, but only to one service.
resource "aws_iam_policy" "ec2_launcher" {
  name = "ec2-launcher"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:PassRole"
      Resource  = "*"
      Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } }
    }]
  })
}

# A path prefix constrains.
resource "aws_iam_policy" "service_roles" {
  name = "service-roles"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::123456789012:role/service/*" }]
  })
}

# Near miss: a NotAction that excludes iam:PassRole.
resource "aws_iam_policy" "no_iam" {
  name = "no-iam"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}
