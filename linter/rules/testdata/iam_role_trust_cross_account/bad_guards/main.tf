# Conditions that look like guards but admit any external ID or organisation.
data "aws_caller_identity" "current" {}
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "extid_null" {
  name = "vendor-extid-null"
  assume_role_policy = jsonencode({ # want "aws_iam_role.extid_null \(assume_role_policy\): Statement 0 lets principals of another AWS account \(210987654321\)"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Condition = { Null = { "sts:ExternalId" = "false" } } # present, any value
    }]
  })
}

resource "aws_iam_role" "extid_wild" {
  name = "vendor-extid-wild"
  assume_role_policy = jsonencode({ # want "aws_iam_role.extid_wild \(assume_role_policy\): Statement 0 lets principals of another AWS account"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Condition = { StringLike = { "sts:ExternalId" = "*" } }
    }]
  })
}

resource "aws_iam_role" "org_wild" {
  name = "partner-org-wild"
  assume_role_policy = jsonencode({ # want "aws_iam_role.org_wild \(assume_role_policy\): Statement 0 lets principals of another AWS account"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Condition = { StringLike = { "aws:PrincipalOrgID" = "o-*" } }
    }]
  })
}

# Not reported: a real external ID.
resource "aws_iam_role" "extid_ok" {
  name = "vendor-extid-ok"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "8f14e45f-ceea-467f-a8f5-0ae1c5b1d6b2" } }
    }]
  })
}
