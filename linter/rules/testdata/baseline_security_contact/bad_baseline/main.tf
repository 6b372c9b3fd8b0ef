provider "aws" {
  region = "us-east-1"
}

# The account baseline registers billing and operations contacts, but no
# security contact.
# want-unlocated "medium: The account baseline registers no security contact"

resource "aws_account_alternate_contact" "billing" {
  alternate_contact_type = "BILLING"
  name                   = "Finance"
  title                  = "Accounts payable"
  email_address          = "billing@example.com"
  phone_number           = "+1-555-0101"
}

resource "aws_account_alternate_contact" "operations" {
  alternate_contact_type = "OPERATIONS"
  name                   = "Platform"
  title                  = "On call"
  email_address          = "ops@example.com"
  phone_number           = "+1-555-0102"
}

resource "aws_guardduty_detector" "this" {}
