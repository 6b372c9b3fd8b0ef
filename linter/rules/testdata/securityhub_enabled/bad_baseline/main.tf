provider "aws" {
  region = "us-east-1"
}

# want-unlocated "medium: The account baseline does not enable Security Hub"

resource "aws_guardduty_detector" "this" {}
