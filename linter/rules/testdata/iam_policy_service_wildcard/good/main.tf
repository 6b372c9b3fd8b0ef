provider "aws" {
  region = "us-east-1"
}

# Action families and named actions pass; so do Deny statements.
resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ec2:Describe*", "s3:Get*", "s3:List*", "dynamodb:GetItem"], Resource = "*" },
      { Effect = "Deny", Action = "iam:*", Resource = "*" },
    ]
  })
}

# A wildcard only in the resource.
resource "aws_iam_policy" "logs" {
  name = "logs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:*" }]
  })
}

# A boundary may use service wildcards: it grants nothing.
resource "aws_iam_policy" "boundary" {
  name = "boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*", "sqs:*"], Resource = "*" }]
  })
}

resource "aws_iam_user" "dev" {
  name                 = "dev"
  permissions_boundary = aws_iam_policy.boundary.arn
}
