# Principal "*" narrowed to another account by a condition: not public (the
# condition restricts who), but as cross-account as naming the account.
data "aws_caller_identity" "current" {}

provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "via_arn" {
  name = "srm-fixture-via-arn"
  assume_role_policy = jsonencode({ # want "medium: .*lets principals of another AWS account \(111122223333\) assume the role without an sts:ExternalId"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { ArnEquals = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/deployer" } }
    }]
  })
}

resource "aws_iam_role" "via_account" {
  name = "srm-fixture-via-account"
  assume_role_policy = jsonencode({ # want "medium: .*lets principals of another AWS account \(444455556666\) assume the role"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:PrincipalAccount" = "444455556666" } }
    }]
  })
}

# The same with an external ID: guarded.
resource "aws_iam_role" "vendor" {
  name = "srm-fixture-vendor"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:PrincipalAccount" = "444455556666", "sts:ExternalId" = "srm-fixture" } }
    }]
  })
}
