provider "aws" {
  region = "us-east-1"
}

# A role whose inline policy allows kms:* is capped by a permissions boundary that allows no KMS action.
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}
resource "aws_iam_policy" "boundary" {
  name = "app-boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:PutLogEvents", "s3:PutObject"], Resource = "*" }]
  })
}
resource "aws_iam_role" "app" {
  name                 = "app"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  permissions_boundary = aws_iam_policy.boundary.arn
}
resource "aws_iam_role_policy" "app" {
  name = "app"
  role = aws_iam_role.app.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:*"], Resource = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }]
  })
}
