provider "aws" {
  region = "us-east-1"
}

# The only policy attached to the role comes from a value known only after
# apply: it may or may not be AWSSupportAccess.
resource "terraform_data" "policy" {
  input = "arn:aws:iam::aws:policy/AWSSupportAccess"
}

resource "aws_iam_role" "support" { # want "unknown: low: Whether the account baseline has a support role cannot be decided"
  name = "aws-support"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "support" {
  role       = aws_iam_role.support.name
  policy_arn = terraform_data.policy.output
}
