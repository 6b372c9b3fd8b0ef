provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

# Keys that cannot rotate automatically.
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "hmac" {
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

resource "aws_kms_external_key" "imported" {
  description = "imported key material"
}

resource "aws_kms_replica_key" "replica" {
  primary_key_arn = "arn:aws:kms:us-west-2:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}
