provider "aws" {
  region = "us-east-1"
}

# Every action, but on named resources only.
resource "aws_iam_policy" "bucket_owner" {
  name = "bucket-owner"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = ["arn:aws:s3:::owned", "arn:aws:s3:::owned/*"] }]
  })
}

# A Deny of everything is not a grant.
resource "aws_iam_policy" "quarantine" {
  name = "quarantine"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}

# "*" on "*" used only as a permissions boundary grants nothing.
resource "aws_iam_policy" "boundary" {
  name = "boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }, { Effect = "Deny", Action = "iam:*", Resource = "*" }]
  })
}

resource "aws_iam_role" "app" {
  name                 = "app"
  permissions_boundary = aws_iam_policy.boundary.arn
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# Near miss: everything except IAM is iam_policy_allow_not_action's finding.
resource "aws_iam_policy" "power" {
  name = "power"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}
