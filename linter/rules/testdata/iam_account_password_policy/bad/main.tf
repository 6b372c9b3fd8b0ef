provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length      = 8     # want "medium: The password policy aws_iam_account_password_policy.weak sets minimum_password_length = 8: short passwords fall to guessing \(Security Hub IAM.15"
  require_uppercase_characters = false # want "medium: .*sets require_uppercase_characters = false: passwords need no uppercase letter \(Security Hub IAM.7, IAM.11\)"
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 5   # want "low: .*sets password_reuse_prevention = 5.*IAM.16"
  max_password_age             = 365 # want "low: .*sets max_password_age = 365: a leaked password stays valid \(Security Hub IAM.17\)"
}
