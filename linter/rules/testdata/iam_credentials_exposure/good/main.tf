provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

# Own access keys only, one named role, one database user.
resource "aws_iam_policy" "self_service" {
  name = "self-service"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["iam:CreateAccessKey", "iam:UpdateAccessKey"], Resource = "arn:aws:iam::123456789012:user/$${aws:username}" },
      { Effect = "Allow", Action = "sts:AssumeRole", Resource = aws_iam_role.deploy.arn },
      { Effect = "Allow", Action = "rds-db:connect", Resource = "arn:aws:rds-db:us-east-1:123456789012:dbuser:db-ABCDEFGHIJKL01234/app" },
    ]
  })
}
