provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_account_public_access_block" "this" {
  block_public_acls   = true
  block_public_policy = false # want "Account-level Block Public Access is not fully on: block_public_policy = false, ignore_public_acls omitted \(defaults to false\), restrict_public_buckets omitted"
}
