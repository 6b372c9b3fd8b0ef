# The key admin role also appears, with the app role, in the key-usage
# statement; both ARNs are known only after apply, and each identifier is a
# principal of its own.
provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

locals {
  ec2_trust = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "admin" {
  name               = "srm-kms-admin"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role" "app" {
  name               = "srm-kms-app"
  assume_role_policy = local.ec2_trust
}

data "aws_iam_policy_document" "key" {
  statement {
    sid       = "EnableIAM"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
  statement {
    sid       = "KeyAdministration"
    actions   = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.admin.arn]
    }
  }
  statement {
    sid       = "KeyUsage"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.app.arn, aws_iam_role.admin.arn]
    }
  }
}

resource "aws_kms_key" "k" {
  description         = "sod"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json # want "lets AWS:\(known after apply: aws_iam_role.admin.arn\) both administer the key"
}

