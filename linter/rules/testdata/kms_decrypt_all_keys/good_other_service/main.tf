# Resource ARNs of other services than the action's: iam:PassRole,
# iam:CreateAccessKey and kms:Decrypt listed next to S3 and DynamoDB actions
# on bucket and table ARNs grant nothing, since no bucket or table is a role,
# user or key. Key administration and use share only a bucket, not a key.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "pipeline" {
  name = "srm-fixture-pipeline"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "glue.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "pipeline" {
  name = "data"
  role = aws_iam_role.pipeline.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Data"
        Effect   = "Allow"
        Action   = ["s3:*", "dynamodb:*", "iam:PassRole", "iam:CreateAccessKey", "kms:Decrypt", "cloudtrail:StopLogging", "iam:AttachRolePolicy"]
        Resource = ["arn:aws:s3:::*", "arn:aws:s3:::*/*", "arn:aws:dynamodb:*:*:table/*"]
      },
      {
        Sid      = "KeyAdmin"
        Effect   = "Allow"
        Action   = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "s3:PutObject"]
        Resource = ["arn:aws:kms:us-east-1:123456789012:key/1111aaaa-0000-0000-0000-000000000001", "arn:aws:s3:::srm-fixture-shared/*"]
      },
      {
        Sid      = "KeyUse"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey", "s3:GetObject"]
        Resource = ["arn:aws:kms:us-east-1:123456789012:key/2222bbbb-0000-0000-0000-000000000002", "arn:aws:s3:::srm-fixture-shared/*"]
      },
    ]
  })
}
