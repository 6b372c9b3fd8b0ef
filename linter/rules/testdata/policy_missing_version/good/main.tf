provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "home" {
  name = "home"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::home/$${aws:username}/*" }]
  })
}

# aws_iam_policy_document sets the version itself.
data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["logs:PutLogEvents"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "logs" {
  name   = "logs"
  policy = data.aws_iam_policy_document.logs.json
}
