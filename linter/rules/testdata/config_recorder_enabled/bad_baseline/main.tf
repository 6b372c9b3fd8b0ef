provider "aws" {
  region = "us-east-1"
}

# The account baseline without a recorder.
# want-unlocated "critical: The account baseline has no AWS Config recorder"

resource "aws_guardduty_detector" "this" {}
