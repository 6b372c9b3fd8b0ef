# "role*" without a slash matches every role, whatever its path.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "deployer" {
  name = "srm-fixture-deployer"
  policy = jsonencode({ # want "high: .*allows iam:PassRole on every role \(Resource \"arn:aws:iam::\*:role\*\"\) without an iam:PassedToService condition"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::*:role*" }]
  })
}
