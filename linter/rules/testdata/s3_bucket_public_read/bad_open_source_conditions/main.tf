# Principal "*" limited by network or source conditions that name no one in
# particular: any VPC endpoint ID matches "vpce-*", any ARN "arn:aws:sns:*",
# and a policy variable compares each request with itself. S3 counts only
# fixed values (no wildcard, no policy variable) as non-public.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "b" {
  bucket = "srm-fixture-open-source"
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({ # want "critical: .*statement 0 \(\"AnyEndpoint\"\).*s3:GetObject to Principal \"\*\"" "critical: .*statement 1 \(\"AnyTopic\"\).*s3:GetObject to Principal \"\*\"" "critical: .*statement 2 \(\"ItsOwnEndpoint\"\).*s3:GetObject to Principal \"\*\""
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AnyEndpoint"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-open-source/*"
        Condition = { StringLike = { "aws:SourceVpce" = "vpce-*" } }
      },
      {
        Sid       = "AnyTopic"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-open-source/*"
        Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:sns:*" } }
      },
      {
        Sid       = "ItsOwnEndpoint"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-open-source/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "$${aws:SourceVpce}" } }
      },
      {
        Sid       = "OneEndpoint"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-open-source/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
      },
    ]
  })
}
