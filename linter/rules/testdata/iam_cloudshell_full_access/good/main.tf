provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}

# A customer policy of the same name is not the AWS managed one.
resource "aws_iam_policy" "cloudshell" {
  name = "AWSCloudShellFullAccess"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["cloudshell:CreateSession", "cloudshell:CreateEnvironment"], Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "cloudshell" {
  role       = aws_iam_role.ops.name
  policy_arn = aws_iam_policy.cloudshell.arn
}
