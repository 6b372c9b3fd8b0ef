provider "aws" {
  region = "us-east-1"
}

# GitHub OIDC trust whose sub pattern leaves the owner name open at its end: "repo:octo-org*" also
# matches repositories of the GitHub account "octo-org-attacker".
data "aws_caller_identity" "current" {}
data "aws_iam_policy_document" "gh" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:octo-org*"]
    }
  }
}
resource "aws_iam_role" "gh" {
  name               = "gh-deploy"
  assume_role_policy = data.aws_iam_policy_document.gh.json # want "token.actions.githubusercontent.com:sub \"repo:octo-org\*\""
}
