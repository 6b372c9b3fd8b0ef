provider "aws" {
  region = "us-east-1"
}

# 1. A customer managed policy with Allow "*" on "*".
resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({ # want "aws_iam_policy.admin: Statement 0 allows every action \(\"\*\"\) on every resource"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

# 2. An inline_policy block built by aws_iam_policy_document; IAM.1 does not
# count the MFA condition.
data "aws_iam_policy_document" "mfa_admin" {
  statement {
    sid       = "Admin"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}

resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
  inline_policy {
    name   = "admin"
    policy = data.aws_iam_policy_document.mfa_admin.json # want "aws_iam_role.ops \(inline_policy.0.policy\) \(built by data.aws_iam_policy_document.mfa_admin\): Statement 0 \(\"Admin\"\) allows every action"
  }
}

# 3. Group policies in a module instantiated twice.
module "team" {
  source   = "./modules/team"
  for_each = toset(["blue", "green"])
  name     = each.key
}
