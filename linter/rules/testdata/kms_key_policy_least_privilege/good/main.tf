provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "RootByArn"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "RootByAccountID"
        Effect    = "Allow"
        Principal = { AWS = "123456789012" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Admins"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/key-admin" }
        Action    = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
        Resource  = "*"
      },
      {
        Sid       = "Users"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/app" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}

# Principal "*" without a condition is kms_key_public's business.
resource "aws_kms_key" "public" {
  enable_key_rotation = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }]
  })
}
