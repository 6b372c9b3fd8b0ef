provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_guardduty_detector" "east" {
  enable = false # want "high: GuardDuty detector aws_guardduty_detector.east is suspended"
}

resource "aws_guardduty_detector" "west" {
  provider = aws.west
  enable   = false # want "high: GuardDuty detector aws_guardduty_detector.west is suspended"
}
