provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "a" {
  description = "a"
}

resource "aws_kms_key" "b" {
  description = "b"
}

# Administers key a, uses key b.
data "aws_iam_policy_document" "split" {
  statement {
    actions   = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"]
    resources = [aws_kms_key.a.arn]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.b.arn]
  }
}

resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_role_policy" "ops" {
  role   = aws_iam_role.ops.id
  policy = data.aws_iam_policy_document.split.json
}

# Use only, on every key, with a condition.
resource "aws_iam_policy" "s3_only" {
  name = "s3-only"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = "*", Condition = { StringEquals = { "kms:ViaService" = "s3.us-east-1.amazonaws.com" } } },
      { Effect = "Allow", Action = "kms:DescribeKey", Resource = "*" },
    ]
  })
}
