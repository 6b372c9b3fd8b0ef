provider "aws" {
  region = "us-east-1"
}

# The delegated administrator enrols every member account, but turns S3
# Protection and the Fargate agent off for them.
resource "aws_guardduty_detector" "admin" {}

resource "aws_guardduty_organization_configuration" "org" {
  detector_id                      = aws_guardduty_detector.admin.id
  auto_enable_organization_members = "ALL"
}

resource "aws_guardduty_organization_configuration_feature" "s3" {
  detector_id = aws_guardduty_detector.admin.id
  name        = "S3_DATA_EVENTS"
  auto_enable = "NONE" # want "high: aws_guardduty_organization_configuration_feature.s3 does not turn on GuardDuty S3 Protection for the organization's member accounts \(S3_DATA_EVENTS auto_enable = NONE, GuardDuty.10\)"
}

resource "aws_guardduty_organization_configuration_feature" "runtime" { # want "medium: aws_guardduty_organization_configuration_feature.runtime does not turn on GuardDuty ECS Runtime Monitoring \(Fargate agent management\) for the organization's member accounts"
  detector_id = aws_guardduty_detector.admin.id
  name        = "RUNTIME_MONITORING"
  auto_enable = "ALL"

  additional_configuration {
    name        = "ECS_FARGATE_AGENT_MANAGEMENT"
    auto_enable = "NONE"
  }
}
