provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "bucket_admin" { # want "high: Role aws_iam_role.bucket_admin \(\"bucket-admin\"\) may use s3:PutBucketPolicy \(aws_iam_policy.bucket_admin\), s3:DeleteBucketPolicy \(aws_iam_policy.bucket_admin\), s3:PutBucketAcl \(aws_iam_policy.bucket_admin\), s3:PutBucketPublicAccessBlock \(aws_iam_policy.bucket_admin\), s3:PutBucketOwnershipControls \(aws_iam_policy.bucket_admin\) on every resource"
  name = "bucket-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "bucket_admin" {
  name = "bucket-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:PutBucket*", "s3:DeleteBucketPolicy"], Resource = "arn:aws:s3:::*" }]
  })
}

resource "aws_iam_role_policy_attachment" "bucket_admin" {
  role       = aws_iam_role.bucket_admin.name
  policy_arn = aws_iam_policy.bucket_admin.arn
}

resource "aws_iam_user" "sharer" { # want "User aws_iam_user.sharer \(\"sharer\"\) may use kms:CreateGrant \(aws_iam_user_policy.sharer\), ec2:ModifySnapshotAttribute \(aws_iam_user_policy.sharer\)"
  name = "sharer"
}

resource "aws_iam_user_policy" "sharer" {
  user   = aws_iam_user.sharer.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["ec2:ModifySnapshotAttribute", "kms:CreateGrant"], Resource = "*" }] })
}
