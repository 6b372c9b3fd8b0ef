provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "open" {
  name = "open"
  assume_role_policy = jsonencode({ # want "aws_iam_role.open \(assume_role_policy\): Statement 0 lets any principal of any AWS account assume the role"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]
  })
}

# "*" with a condition that says how, not who.
data "aws_iam_policy_document" "tls_only" {
  statement {
    sid     = "Anyone"
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_iam_role" "tls_only" {
  for_each           = toset(["a", "b"])
  name               = "tls-only-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.tls_only.json # want "aws_iam_role.tls_only\[\"a\"\].*Statement 0 \(\"Anyone\"\) lets any principal" "aws_iam_role.tls_only\[\"b\"\].*Statement 0 \(\"Anyone\"\) lets any principal"
}

# An IfExists organisation condition admits callers without the key.
resource "aws_iam_role" "if_exists" {
  name = "if-exists"
  assume_role_policy = jsonencode({ # want "aws_iam_role.if_exists \(assume_role_policy\): Statement 0 lets any principal"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEqualsIfExists = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

# A trust policy whose JSON is known only after apply, built in a way srmlint
# cannot evaluate (jsonencode alone it rebuilds from the .tf source).
resource "aws_iam_openid_connect_provider" "ci" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

resource "aws_iam_role" "late" {
  name = "late"
  assume_role_policy = replace(jsonencode({ # want "unknown: critical: aws_iam_role.late \(assume_role_policy\) cannot be read at plan time, so who may assume the role cannot be decided: assume_role_policy is known only after apply \(it depends on aws_iam_openid_connect_provider.ci.arn\)"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = "PROVIDER" } }]
  }), "PROVIDER", aws_iam_openid_connect_provider.ci.arn)
}
