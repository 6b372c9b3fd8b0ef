# A key policy that gives kms:* to another account's root: only the key's own
# account root delegates to its IAM policies.
provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

locals {
  acct = data.aws_caller_identity.current.account_id
}

data "aws_iam_policy_document" "a" {
  statement {
    sid       = "Root"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.acct}:root"]
    }
  }
  statement {
    sid       = "KeyAdministrators"
    actions   = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.acct}:role/key-admin"]
    }
  }
  statement {
    sid       = "KeyUsers"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.acct}:role/app", "arn:aws:iam::${local.acct}:role/key-admin"]
    }
  }
  statement {
    sid       = "DenyAdministratorsCrypto"
    effect    = "Deny"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Sign", "kms:GenerateMac"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.acct}:role/key-admin"]
    }
  }
}

resource "aws_kms_key" "a" {
  description         = "admin denied crypto"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.a.json
}

data "aws_iam_policy_document" "b" {
  statement {
    sid       = "Root"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.acct}:root"]
    }
  }
  statement {
    sid       = "PartnerAccount"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

resource "aws_kms_key" "b" {
  description         = "foreign root kms:*"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.b.json # want "medium: The policy of KMS key aws_kms_key.b, statement 1 \(\"PartnerAccount\"\), gives kms:\* \(every KMS action\) to AWS:arn:aws:iam::210987654321:root"
}

# c: another account's root may both administer (kms:PutKeyPolicy) and use (kms:Decrypt) the key.
#    kms_key_separation_of_duties skips it for the same reason (DualRoles skips every AccountRoot()).
resource "aws_kms_key" "c" {
  description         = "foreign root admin+use"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${local.acct}:root" }, Action = "kms:*", Resource = "*" },
      { Sid = "Partner", Effect = "Allow", Principal = { AWS = "arn:aws:iam::210987654321:root" }, Action = ["kms:Decrypt", "kms:PutKeyPolicy"], Resource = "*" },
    ]
  })
}
