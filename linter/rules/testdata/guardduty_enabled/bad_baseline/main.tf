provider "aws" {
  region = "us-east-1"
}

# The account baseline without a detector.
# want-unlocated "high: The account baseline has no aws_guardduty_detector"

resource "aws_securityhub_account" "this" {}
