# Without aws_caller_identity the plan does not say which account it is for.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "vendor" {
  name = "vendor-audit"
  assume_role_policy = jsonencode({ # want "unknown: .*aws_iam_role.vendor \(assume_role_policy\): whether the trusted account 111122223333 is another account cannot be decided"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } }]
  })
}
