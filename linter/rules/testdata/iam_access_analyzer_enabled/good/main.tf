provider "aws" {
  region = "us-east-1"
}

# Not the account baseline: no analyzer here proves nothing.
resource "aws_guardduty_detector" "this" {}
