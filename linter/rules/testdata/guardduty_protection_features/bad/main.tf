provider "aws" {
  region = "us-east-1"
}

resource "aws_guardduty_detector" "this" {}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.this.id
  name        = "S3_DATA_EVENTS"
  status      = "DISABLED" # want "high: aws_guardduty_detector_feature.s3 disables GuardDuty S3 Protection \(S3_DATA_EVENTS status = DISABLED, GuardDuty.10\)"
}

resource "aws_guardduty_detector_feature" "runtime" { # want "medium: aws_guardduty_detector_feature.runtime disables GuardDuty ECS Runtime Monitoring .*GuardDuty.12"
  detector_id = aws_guardduty_detector.this.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"

  additional_configuration {
    name   = "EKS_ADDON_MANAGEMENT"
    status = "ENABLED"
  }
  additional_configuration {
    name   = "ECS_FARGATE_AGENT_MANAGEMENT"
    status = "DISABLED"
  }
}

# The deprecated datasources block.
resource "aws_guardduty_detector" "legacy" {
  provider = aws.west

  datasources {
    s3_logs {
      enable = false # want "high: GuardDuty detector aws_guardduty_detector.legacy turns S3 Protection off"
    }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
