# An AWS managed policy attached by an ARN built from the partition, which a
# module-level depends_on pushes to apply time (as cloudposse lambda-function
# is called in its example): the policy is AWSLambdaBasicExecutionRole
# whatever the partition, not a policy known only after apply.
provider "aws" {
  region = "us-east-1"
}

resource "terraform_data" "dep" {}

data "aws_partition" "p" {
  depends_on = [terraform_data.dep]
}

resource "aws_iam_role" "r" {
  name = "srm-fixture-partition-template"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "logs" {
  role       = aws_iam_role.r.name
  policy_arn = "arn:${data.aws_partition.p.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}
