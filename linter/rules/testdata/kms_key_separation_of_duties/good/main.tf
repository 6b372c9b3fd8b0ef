provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy = jsonencode({
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
        Principal = { AWS = "arn:aws:iam::123456789012:role/key-admin" }
        Action    = ["kms:Describe*", "kms:Put*", "kms:Enable*", "kms:Disable*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
        Resource  = "*"
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/app" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
      },
      # Everyone in the account through S3: not one principal.
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:CallerAccount" = "123456789012", "kms:ViaService" = "s3.us-east-1.amazonaws.com" } }
      },
    ]
  })
}

# kms:* to a role is kms_key_policy_least_privilege's business.
resource "aws_kms_key" "wild" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/ops" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
