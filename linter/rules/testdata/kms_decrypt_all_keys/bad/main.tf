provider "aws" {
  region = "us-east-1"
}

# KMS.1: a customer managed policy.
resource "aws_iam_policy" "decrypt_all" {
  name = "decrypt-all"
  policy = jsonencode({ # want "aws_iam_policy.decrypt_all: Statement 0 allows kms:Decrypt on all KMS keys \(Resource \"\*\"\)"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = "*" }]
  })
}

# KMS.2: an inline policy with kms:*, on every key by ARN. Security Hub does
# not count the kms:ViaService condition.
data "aws_iam_policy_document" "kms_all" {
  statement {
    actions   = ["kms:*"]
    resources = ["arn:aws:kms:*:123456789012:key/*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.us-east-1.amazonaws.com"]
    }
  }
}

resource "aws_iam_user" "analyst" {
  name = "analyst"
}

resource "aws_iam_user_policy" "analyst" {
  user   = aws_iam_user.analyst.name
  policy = data.aws_iam_policy_document.kms_all.json # want "aws_iam_user_policy.analyst \(built by data.aws_iam_policy_document.kms_all\): Statement 0 allows kms:Decrypt and kms:ReEncryptFrom on all KMS keys"
}

# kms:ReEncrypt* only.
resource "aws_iam_role" "rekey" {
  name = "rekey"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name   = "rekey"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:ReEncrypt*", Resource = "*" }] }) # want "aws_iam_role.rekey \(inline_policy.0.policy\): Statement 0 allows kms:ReEncryptFrom on all KMS keys"
  }
}
