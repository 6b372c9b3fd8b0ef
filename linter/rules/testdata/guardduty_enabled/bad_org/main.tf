provider "aws" {
  region = "us-east-1"
}

# The delegated administrator enrols no member account.
resource "aws_guardduty_detector" "admin" {}

resource "aws_guardduty_organization_configuration" "org" {
  detector_id                      = aws_guardduty_detector.admin.id
  auto_enable_organization_members = "NONE" # want "high: aws_guardduty_organization_configuration.org enrols no member account in GuardDuty"
}
