# Planned against prior.tfstate.json: what is deployed stays on, and a
# detector created suspended is guardduty_enabled's finding, not this rule's.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-stopped-logs"
  is_multi_region_trail = true
  enable_logging        = true
}

resource "aws_config_configuration_recorder_status" "this" {
  name       = "default"
  is_enabled = true
}

resource "aws_guardduty_detector" "this" {}

resource "aws_securityhub_account" "this" {}

resource "aws_guardduty_detector" "new" {
  provider = aws.west
  enable   = false
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
