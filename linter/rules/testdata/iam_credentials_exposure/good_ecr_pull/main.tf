# The usual ECR pull role: ecr:GetAuthorizationToken takes no resource, so it
# is always granted on "*"; its token carries only the role's own permissions.
provider "aws" {
  region = "us-east-1"
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "pull" {
  name               = "ecr-pull"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "pull" {
  name = "ecr-pull"
  role = aws_iam_role.pull.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ecr:GetAuthorizationToken"], Resource = "*" },
      {
        Effect   = "Allow"
        Action   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
        Resource = "arn:aws:ecr:us-east-1:123456789012:repository/app"
      },
    ]
  })
}
