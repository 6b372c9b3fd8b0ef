# iam:PassRole on every role, limited by iam:PassedToService to the very
# service the path passes the role to: any role that trusts EC2 (or Lambda)
# can still be handed to an instance (or function) the principal controls.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "ci" { # want "high: Role aws_iam_role.ci \(\"srm-fixture-ci\"\) can raise its own privileges: its policies together complete 2 privilege-escalation paths \[RHINO-03 .*\] \[RHINO-15 .*\]"
  name = "srm-fixture-ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "ci" {
  role = aws_iam_role.ci.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "iam:PassRole", Resource = "*", Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } } },
      { Effect = "Allow", Action = "ec2:RunInstances", Resource = "*" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "*", Condition = { StringLike = { "iam:PassedToService" = "lambda.*" } } },
      { Effect = "Allow", Action = ["lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" },
    ]
  })
}
