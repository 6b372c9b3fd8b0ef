provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

# The account baseline has an incident-response role, but it can only read:
# nobody can open an AWS Support case without the root user.
# want-unlocated "low: The account baseline has no IAM role with the AWS managed policy AWSSupportAccess"

resource "aws_iam_role" "responder" {
  name = "incident-responder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "read" {
  role       = aws_iam_role.responder.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# A user with AWSSupportAccess is not a support role.
resource "aws_iam_user" "oncall" {
  name = "oncall"
}

resource "aws_iam_user_policy_attachment" "support" {
  user       = aws_iam_user.oncall.name
  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
}
