# Everyone from an office network: S3 counts a fixed IP range as
# non-public, but a key policy admits AWS principals, and a principal of
# any account can call from that range. An account condition next to it
# restricts who.
provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "office" {
  enable_key_rotation = true
  policy = jsonencode({ # want "critical: The policy of KMS key aws_kms_key.office, statement 1 \(\"Office\"\), allows kms:Decrypt, kms:Encrypt to Principal \"\*\" without a condition that restricts who \(a source IP range does not"
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Root"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Office"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
        Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
      },
      {
        Sid       = "OfficeOwnAccount"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
        Condition = {
          IpAddress    = { "aws:SourceIp" = ["203.0.113.0/24"] }
          StringEquals = { "kms:CallerAccount" = "123456789012" }
        }
      },
    ]
  })
}
