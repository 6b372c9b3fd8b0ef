provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "efs" {
  enable_key_rotation = true
}

resource "aws_efs_file_system" "data" {
  creation_token = "srm-fixture-efs-good"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}
