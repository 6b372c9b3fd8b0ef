provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  description = "data"
}

# A named key, known only after apply.
data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.data.arn]
  }
}

resource "aws_iam_policy" "reader" {
  name   = "reader"
  policy = data.aws_iam_policy_document.reader.json
}

# Encrypt only, on every key.
resource "aws_iam_policy" "writer" {
  name = "writer"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Encrypt", "kms:GenerateDataKey"], Resource = "*" }]
  })
}

# kms:* taken back by an unconditional Deny of decryption.
resource "aws_iam_policy" "key_admin" {
  name = "key-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "kms:*", Resource = "*" },
      { Effect = "Deny", Action = ["kms:Decrypt", "kms:ReEncrypt*"], Resource = "*" },
    ]
  })
}
