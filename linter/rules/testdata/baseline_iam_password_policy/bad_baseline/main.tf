provider "aws" {
  region = "us-east-1"
}

# want-unlocated "medium: The account baseline has no aws_iam_account_password_policy"

resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
