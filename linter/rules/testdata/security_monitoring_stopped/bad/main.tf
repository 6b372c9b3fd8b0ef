# Planned against prior.tfstate.json, which holds the resources as they are
# deployed: logging on, a detector, a recorder and Security Hub.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-stopped-logs"
  is_multi_region_trail = true
  enable_logging        = false # want "critical: This plan switches trail aws_cloudtrail.account \(\"account\"\) off \(enable_logging from true to false\)"
}

resource "aws_config_configuration_recorder_status" "this" {
  name       = "default"
  is_enabled = false # want "critical: This plan switches AWS Config recorder aws_config_configuration_recorder_status.this .*is_enabled from true to false"
}

# aws_guardduty_detector.this and aws_securityhub_account.this were removed
# from the configuration, so the plan deletes them.
# want-unlocated "critical: This plan deletes GuardDuty detector aws_guardduty_detector.this: threat detection stops"
# want-unlocated "critical: This plan deletes Security Hub aws_securityhub_account.this"
