provider "aws" {
  region = "us-east-1"
}

# The security contact (in prior.tfstate.json) is removed from the
# configuration, so the plan deletes it; only the operations contact stays.
# want-unlocated "medium: The plan deletes aws_account_alternate_contact.security, the account's security contact"

resource "aws_account_alternate_contact" "operations" {
  alternate_contact_type = "OPERATIONS"
  name                   = "Platform"
  title                  = "On call"
  email_address          = "ops@example.com"
  phone_number           = "+1-555-0102"
}
