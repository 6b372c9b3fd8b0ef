provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

# A vendor with an external ID.
resource "aws_iam_role" "vendor" {
  name = "vendor-audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "a1b2c3" } }
    }]
  })
}

# Another account of the organisation.
resource "aws_iam_role" "org" {
  name = "org-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::444455556666:role/deployer" }
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

# People from another account with MFA.
resource "aws_iam_role" "support" {
  name = "support"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "777788889999" }
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

# Own account, by literal ID and from a data source.
resource "aws_iam_role" "own" {
  name = "own"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = ["arn:aws:iam::123456789012:role/admin", "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"] }
    }]
  })
}
