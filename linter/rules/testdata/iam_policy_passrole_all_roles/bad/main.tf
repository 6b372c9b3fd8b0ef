provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({ # want "aws_iam_policy.deployer: Statement 0 allows iam:PassRole on every role \(Resource \"\*\"\) .*PASS_ROLE_WITH_STAR_IN_RESOURCE\)"
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["iam:PassRole", "lambda:CreateFunction"], Resource = "*" },
    ]
  })
}

# Every role of the account by ARN, through iam:*.
data "aws_iam_policy_document" "iam_admin" {
  statement {
    sid       = "IamAll"
    actions   = ["iam:*"]
    resources = ["arn:aws:iam::123456789012:role/*"]
  }
}

resource "aws_iam_role" "platform" {
  name = "platform"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_role_policy" "platform" {
  role   = aws_iam_role.platform.name
  policy = data.aws_iam_policy_document.iam_admin.json # want "Statement 0 \(\"IamAll\"\) allows iam:PassRole on every role \(Resource \"arn:aws:iam::123456789012:role/\*\"\).*PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE"
}

# NotAction admits iam:PassRole; a condition on another key does not help.
resource "aws_iam_policy" "almost_power" {
  name = "almost-power"
  policy = jsonencode({ # want "aws_iam_policy.almost_power: Statement 0 allows iam:PassRole.*PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:CreateUser", "iam:DeleteUser"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:RequestedRegion" = "us-east-1" } }
    }]
  })
}

# NotResource.
resource "aws_iam_policy" "not_admin" {
  name = "not-admin"
  policy = jsonencode({ # want "aws_iam_policy.not_admin: Statement 0 allows iam:PassRole on every role \(NotResource \[arn:aws:iam::123456789012:role/admin\]\).*PASS_ROLE_WITH_NOTRESOURCE\)"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", NotResource = "arn:aws:iam::123456789012:role/admin" }]
  })
}
