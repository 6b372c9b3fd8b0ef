provider "aws" {
  region = "us-east-1"
}

# StringEquals never expands wildcards: these roles can be assumed by no token at all
# (GitHub sub is "repo:OWNER/NAME:...", never the literal "repo:my-org*").
data "aws_iam_policy_document" "gh" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:my-org*"]
    }
  }
}
resource "aws_iam_role" "gh" {
  name               = "gh-deploy"
  assume_role_policy = data.aws_iam_policy_document.gh.json
}

data "aws_iam_policy_document" "eks" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C39ABCDEF0123456789ABCDEF012345"]
    }
    condition {
      test     = "StringEquals"
      variable = "oidc.eks.eu-west-1.amazonaws.com/id/5C39ABCDEF0123456789ABCDEF012345:sub"
      values   = ["system:serviceaccount:*:aws-node"]
    }
  }
}
resource "aws_iam_role" "eks" {
  name               = "irsa-aws-node"
  assume_role_policy = data.aws_iam_policy_document.eks.json
}
