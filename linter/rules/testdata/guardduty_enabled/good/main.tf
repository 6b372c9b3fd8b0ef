provider "aws" {
  region = "us-east-1"
}

resource "aws_guardduty_detector" "default" {}

resource "aws_guardduty_detector" "explicit" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
