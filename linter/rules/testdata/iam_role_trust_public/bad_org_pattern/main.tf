# Principal "*" limited by an organisation ID pattern: "o-*" matches every
# organisation, so every principal of every AWS account can assume the role.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "org_wild" {
  name = "org-wild"
  assume_role_policy = jsonencode({ # want "critical: aws_iam_role.org_wild \(assume_role_policy\): Statement 0 lets any principal of any AWS account assume the role"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringLike = { "aws:PrincipalOrgID" = "o-*" } }
    }]
  })
}

# Not reported: a real organisation ID.
resource "aws_iam_role" "org_ok" {
  name = "org-ok"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
