provider "aws" {
  region = "us-east-1"
}

# want-unlocated "critical control area identity_access_management"
# want-unlocated "critical control area key_management"
# want-unlocated "critical control area logging_monitoring_config"

resource "aws_guardduty_detector" "this" {}
