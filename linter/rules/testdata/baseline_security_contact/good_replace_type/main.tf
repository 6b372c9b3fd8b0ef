provider "aws" {
  region = "us-east-1"
}

# The security contact (in prior.tfstate.json) moves to a new resource
# address: the old one is deleted, the new one created.
removed {
  from = aws_account_alternate_contact.security
  lifecycle {
    destroy = true
  }
}

resource "aws_account_alternate_contact" "secops" {
  alternate_contact_type = "SECURITY"
  name                   = "SecOps"
  title                  = "Security operations"
  email_address          = "secops@example.com"
  phone_number           = "+1-555-0103"
}
