provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "short" {
  enable_key_rotation     = true
  deletion_window_in_days = 7 # want "low: KMS key aws_kms_key.short has deletion_window_in_days = 7: once its deletion is scheduled"
}

resource "aws_kms_external_key" "imported" {
  deletion_window_in_days = 10 # want "KMS key aws_kms_external_key.imported has deletion_window_in_days = 10"
}
