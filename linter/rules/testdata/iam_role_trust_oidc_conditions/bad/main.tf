provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

# The GitHub Actions trap: only the audience is checked, so every GitHub
# repository can assume the role. The provider ARN is known only after
# apply; the condition keys name the provider.
data "aws_iam_policy_document" "github_aud_only" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.github_aud_only.json # want "critical: aws_iam_role.deploy \(assume_role_policy\) \(built by data.aws_iam_policy_document.github_aud_only\): Statement 0 lets tokens of token.actions.githubusercontent.com assume the role with no condition on token.actions.githubusercontent.com:sub \(Access Analyzer: MISSING_GITHUB_REPO_CONDITION_KEY\).*any GitHub repository, anyone's"
}

# A subject that leaves the owner open.
resource "aws_iam_role" "any_repo" {
  name = "github-any-repo"
  assume_role_policy = jsonencode({ # want "aws_iam_role.any_repo .*with token.actions.githubusercontent.com:sub \"repo:\*\""
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:*" }
      }
    }]
  })
}

# No condition at all on a Google-federated role.
resource "aws_iam_role" "google" {
  name = "google"
  assume_role_policy = jsonencode({ # want "aws_iam_role.google .*tokens of the OpenID Connect provider accounts.google.com .*without any condition.*MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = "accounts.google.com" } }]
  })
}

# EKS: any service account of the cluster (high).
resource "aws_iam_role" "irsa" {
  name = "irsa"
  assume_role_policy = jsonencode({ # want "high: aws_iam_role.irsa .*any service account in the EKS cluster"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE" }
      Condition = { StringEquals = { "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud" = "sts.amazonaws.com" } }
    }]
  })
}
