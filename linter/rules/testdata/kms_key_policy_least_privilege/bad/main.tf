provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "admin" {
  name = "srm-fixture-kms-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

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
    sid       = "Admins"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.admin.arn, "arn:aws:iam::123456789012:role/ops"]
    }
  }
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json # want "medium: The policy of KMS key aws_kms_key.data, statement 1 \(\"Admins\"\), gives kms:\* \(every KMS action\) to AWS:arn:aws:iam::123456789012:role/ops, AWS:\(known after apply: aws_iam_role.admin.arn\)"
}

resource "aws_kms_key" "notaction" {
  enable_key_rotation = true
  policy = jsonencode({ # want "aws_kms_key.notaction, statement 0, gives NotAction \[kms:ScheduleKeyDeletion\] \(every KMS action\) to AWS:arn:aws:iam::111122223333:user/alice" "aws_kms_key.notaction, statement 1, gives \* \(every KMS action\) to \*"
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:user/alice" }
        NotAction = "kms:ScheduleKeyDeletion"
        Resource  = "*"
      },
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "*"
        Resource  = "*"
        Condition = { StringEquals = { "kms:CallerAccount" = "123456789012" } }
      },
    ]
  })
}
