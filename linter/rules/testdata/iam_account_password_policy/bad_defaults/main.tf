# Omitted settings are not enforced.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_account_password_policy" "defaults" { # want "does not set require_uppercase_characters" "does not set require_lowercase_characters" "does not set require_symbols" "does not set require_numbers" "does not set minimum_password_length, so passwords may be as short as 6 characters" "low: .*does not set password_reuse_prevention" "low: .*does not set max_password_age, so passwords never expire"
  allow_users_to_change_password = true
}
