# iam:PassRole on every role with iam:PassedToService conditions that do not
# pin a service: a negated operator admits all the others, "*" admits all.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({ # want "Statement 0 \(\"AnyButEC2\"\) allows iam:PassRole on every role" "Statement 1 \(\"AnyService\"\) allows iam:PassRole on every role"
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AnyButEC2"
        Effect    = "Allow"
        Action    = "iam:PassRole"
        Resource  = "*"
        Condition = { StringNotEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } }
      },
      {
        Sid       = "AnyService"
        Effect    = "Allow"
        Action    = "iam:PassRole"
        Resource  = "*"
        Condition = { StringLike = { "iam:PassedToService" = "*" } }
      },
      {
        Sid       = "LambdaOnly" # not reported: pinned to one service
        Effect    = "Allow"
        Action    = "iam:PassRole"
        Resource  = "*"
        Condition = { StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" } }
      },
    ]
  })
}
