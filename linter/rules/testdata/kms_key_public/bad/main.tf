provider "aws" {
  region = "us-east-1"
}

# Everyone may use the key.
resource "aws_kms_key" "open" {
  enable_key_rotation = true
  policy = jsonencode({ # want "critical: The policy of KMS key aws_kms_key.open, statement 0 \(\"Everyone\"\), allows kms:\* to Principal \"\*\" without a condition that restricts who"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Everyone"
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

# {"AWS": "*"} with a condition that says how, not who, in a separate key policy.
resource "aws_kms_key" "shared" {
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "shared" {
  key_id = aws_kms_key.shared.id
  policy = jsonencode({ # want "The policy of KMS key aws_kms_key.shared \(policy aws_kms_key_policy.shared\), statement 1, allows kms:Decrypt, kms:DescribeKey to Principal"
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:DescribeKey"]
        Resource  = "*"
        Condition = { Bool = { "aws:SecureTransport" = "true" } }
      },
    ]
  })
}

# A wildcard "condition" that restricts nothing, from aws_iam_policy_document.
data "aws_iam_policy_document" "wild" {
  statement {
    sid       = "AnyAccount"
    actions   = ["kms:Encrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringLike"
      variable = "kms:CallerAccount"
      values   = ["*"]
    }
  }
}

resource "aws_kms_key" "wild" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.wild.json # want "aws_kms_key.wild, statement 0 \(\"AnyAccount\"\), allows kms:GenerateDataKey\*, kms:Encrypt to Principal"
}

# kms:ViaService says how the key is called, not by whom: a principal of any
# account can call it through S3.
resource "aws_kms_key" "via_s3" {
  enable_key_rotation = true
  policy = jsonencode({ # want "aws_kms_key.via_s3, statement 0 \(\"ViaS3\"\), allows kms:Decrypt, kms:GenerateDataKey to Principal"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ViaS3"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource  = "*"
      Condition = { StringEquals = { "kms:ViaService" = "s3.us-east-1.amazonaws.com" } }
    }]
  })
}
