# Every way a plan gives an IAM identity a policy, for the aggregation test.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "srm-aggregate-"
}

# The bucket ARN is known only after apply, so this document's json is too:
# srmlint reads its statements from the configuration.
data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["lambda:UpdateFunctionCode"]
    resources = ["*"]
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
}

resource "aws_iam_policy" "deploy" {
  name = "deploy"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:RunInstances", Resource = "*" }]
  })
}

resource "aws_iam_policy" "boundary" {
  name = "boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "orphan" {
  name = "orphan"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" }]
  })
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  permissions_boundary = aws_iam_policy.boundary.arn
  managed_policy_arns  = ["arn:aws:iam::aws:policy/PowerUserAccess"]
  inline_policy {
    name = "passrole"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }]
    })
  }
}

resource "aws_iam_role_policy" "app" {
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_iam_role_policy_attachment" "deploy" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.deploy.arn
}

# A role this plan does not manage, given a policy by name, and a policy
# defined elsewhere.
resource "aws_iam_role_policy_attachment" "existing" {
  role       = "existing-role"
  policy_arn = "arn:aws:iam::123456789012:policy/defined-elsewhere"
}

resource "aws_iam_group" "dev" {
  name = "dev"
}

resource "aws_iam_group_policy_attachment" "dev" {
  group      = aws_iam_group.dev.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "aws_iam_group_policy" "dev" {
  group = aws_iam_group.dev.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ssm:GetParameter", Resource = "*" }]
  })
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.dev.name]
}

resource "aws_iam_group_membership" "dev" {
  name  = "dev"
  group = aws_iam_group.dev.name
  users = [aws_iam_user.bob.name]
}

resource "aws_iam_policy_attachment" "deploy" {
  name       = "deploy"
  users      = [aws_iam_user.alice.name]
  roles      = [aws_iam_role.app.name]
  policy_arn = aws_iam_policy.deploy.arn
}

module "svc" {
  source   = "./modules/svc"
  for_each = toset(["a", "b"])
  name     = "svc-${each.key}"
}
