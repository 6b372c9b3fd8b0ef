# A boundary policy that the deploy role must put on every role it creates
# (named by an iam:PermissionsBoundary condition) limits; it grants nothing,
# so its broad s3:GetObject is no data exfiltration.
provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

resource "aws_iam_policy" "boundary" {
  name = "ci-permission-boundary"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject", "logs:*"], Resource = "*" },
    ]
  })
}

resource "aws_iam_policy" "by_arn" {
  name = "ci-permission-boundary-by-arn"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "deployer" {
  statement {
    sid       = "CreateBoundedRoles"
    actions   = ["iam:CreateRole", "iam:PutRolePermissionsBoundary"]
    resources = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app-*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values = [
        aws_iam_policy.boundary.arn,
        "arn:aws:iam::${data.aws_caller_identity.current.account_id}:policy/ci-permission-boundary-by-arn",
      ]
    }
  }
}

resource "aws_iam_policy" "deployer" {
  name   = "deployer"
  policy = data.aws_iam_policy_document.deployer.json
}
