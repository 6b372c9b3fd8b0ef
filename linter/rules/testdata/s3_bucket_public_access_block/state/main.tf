# Audited as a state (TestExistingBucketWithoutBPA turns this plan's
# planned_values into a state JSON): bucket names are literals, as a state
# records them.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-bpa-state-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = "srm-fixture-bpa-state-data"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "legacy" {
  bucket = "srm-fixture-bpa-state-legacy"
}
