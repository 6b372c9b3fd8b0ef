provider "aws" {
  region = "us-east-1"
}

# want-unlocated "medium: The account baseline has no aws_s3_account_public_access_block"

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
}
