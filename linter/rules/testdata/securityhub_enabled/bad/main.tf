provider "aws" {
  region = "us-east-1"
}

resource "aws_securityhub_account" "this" {
  enable_default_standards = false # want "medium: Security Hub is enabled by aws_securityhub_account.this without any security standard"
}
