provider "aws" {
  region = "us-east-1"
}

# want-unlocated "medium: The account baseline has no multi-region trail that records S3 object-level write \(S3.22.*\) and read \(S3.23.*\) events"

resource "aws_guardduty_detector" "this" {}
