# Security Hub is regional: the us-east-1 hub's standards subscription does
# nothing for the eu-west-1 hub, which checks no standard.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_securityhub_account" "us" {
  enable_default_standards = false
}

resource "aws_securityhub_standards_subscription" "fsbp_us" {
  standards_arn = "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0"
  depends_on    = [aws_securityhub_account.us]
}

resource "aws_securityhub_account" "eu" {
  provider                 = aws.eu
  enable_default_standards = false # want "Security Hub is enabled by aws_securityhub_account.eu without any security standard \(enable_default_standards = false and no aws_securityhub_standards_subscription in eu-west-1 in this plan\)"
}
