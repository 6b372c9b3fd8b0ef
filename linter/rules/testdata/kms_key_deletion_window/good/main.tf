provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "default" {
  enable_key_rotation = true
}

resource "aws_kms_key" "explicit" {
  enable_key_rotation     = true
  deletion_window_in_days = 30
}
