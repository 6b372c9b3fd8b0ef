provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "ops" {
  name = "srm-fixture-kms-ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# The ops role administers the key in one statement and uses it in another.
data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Root"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
  statement {
    sid       = "Administrators"
    actions   = ["kms:Describe*", "kms:Put*", "kms:ScheduleKeyDeletion"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.ops.arn]
    }
  }
  statement {
    sid       = "Users"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.ops.arn, "arn:aws:iam::123456789012:role/app"]
    }
  }
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json # want "medium: The policy of KMS key aws_kms_key.data lets AWS:\(known after apply: aws_iam_role.ops.arn\) both administer the key \(kms:PutKeyPolicy, kms:ScheduleKeyDeletion\) and use it \(kms:Decrypt, kms:GenerateDataKey, kms:GenerateDataKeyWithoutPlaintext\)"
}

# One statement gives a user both duties.
resource "aws_kms_key_policy" "legacy" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = jsonencode({ # want "The policy of KMS key \"1234abcd-12ab-34cd-56ef-1234567890ab\" \(policy aws_kms_key_policy.legacy\) lets AWS:arn:aws:iam::123456789012:user/bob both administer the key \(kms:DisableKey, kms:EnableKey\) and use it \(kms:Encrypt\)"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:user/bob" }
      Action    = ["kms:DisableKey", "kms:EnableKey", "kms:Encrypt"]
      Resource  = "*"
    }]
  })
}
