provider "aws" {
  region = "us-east-1"
}

# Everyone in the organisation.
resource "aws_iam_role" "org" {
  name = "org-readonly"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

# A named role, known only after apply.
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "deploy_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.ci.arn]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.deploy_trust.json
}

# A Deny for everyone is not a grant.
resource "aws_iam_role" "locked" {
  name = "locked"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } },
      { Effect = "Deny", Action = "sts:AssumeRole", Principal = { AWS = "*" }, Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}
