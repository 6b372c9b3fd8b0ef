provider "aws" {
  region = "us-east-1"
}

# The account baseline registers the security contact in a module, with
# for_each over the contact types as landing-zone modules write it.
module "contacts" {
  source = "./modules/contacts"
  contacts = {
    SECURITY   = { name = "Security team", title = "SecOps", email = "security@example.com", phone = "+1-555-0100" }
    OPERATIONS = { name = "Platform", title = "On call", email = "ops@example.com", phone = "+1-555-0102" }
  }
}
