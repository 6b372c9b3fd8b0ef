provider "aws" {
  region = "us-east-1"
}

# Not the account baseline: the data-events trail may live elsewhere.
resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-s322-logs"
  is_multi_region_trail = true
}
