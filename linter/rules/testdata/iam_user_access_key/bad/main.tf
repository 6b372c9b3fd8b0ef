provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" { # want "aws_iam_access_key.ci creates a long-lived access key for IAM user \"ci\".*its secret is written to the Terraform state in plain text"
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "legacy" { # want "aws_iam_access_key.legacy .*encrypted with pgp_key"
  user    = "legacy-app"
  pgp_key = "keybase:some_person_that_exists"
}
