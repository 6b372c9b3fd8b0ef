# A heredoc trust policy whose JSON is known only after apply (it names the
# new provider's ARN) is rebuilt from the .tf source: a Federated principal
# is never anyone.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_openid_connect_provider" "p" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

resource "aws_iam_role" "gh" {
  name               = "gh"
  assume_role_policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Federated": "${aws_iam_openid_connect_provider.p.arn}"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
      "StringLike": {"token.actions.githubusercontent.com:sub": "repo:my-org/infrastructure:*"}
    }
  }]
}
EOT
}
