provider "aws" {
  region = "us-east-1"
}

# Conditions that restrict who, with fixed values.
resource "aws_s3_bucket_policy" "tight" {
  for_each = {
    office  = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24", "2001:db8::/32"] } }
    account = { StringEquals = { "aws:PrincipalAccount" = "111122223333" } }
    role    = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/reader-*" } }
    paths   = { "ForAnyValue:StringLike" = { "aws:PrincipalOrgPaths" = ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"] } }
    vpc     = { StringEquals = { "aws:SourceVpc" = "vpc-0a1b2c3d4e5f67890" } }
  }
  bucket = "srm-fixture-read-cond-good-${each.key}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::srm-fixture-read-cond-good-${each.key}", "arn:aws:s3:::srm-fixture-read-cond-good-${each.key}/*"]
      Condition = each.value
    }]
  })
}

# Deny with NotPrincipal: everyone but one role is refused, nothing is granted.
resource "aws_s3_bucket_policy" "deny_not_principal" {
  bucket = "srm-fixture-read-cond-good-deny"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Deny"
      NotPrincipal = { AWS = "arn:aws:iam::123456789012:role/reader" }
      Action       = "s3:*"
      Resource     = "arn:aws:s3:::srm-fixture-read-cond-good-deny/*"
    }]
  })
}

# Public write only is not public read.
resource "aws_s3_bucket_policy" "dropbox" {
  bucket = "srm-fixture-read-cond-good-dropbox"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::srm-fixture-read-cond-good-dropbox/*"
    }]
  })
}
