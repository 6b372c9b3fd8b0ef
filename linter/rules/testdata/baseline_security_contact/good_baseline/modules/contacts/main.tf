variable "contacts" {
  type = map(object({ name = string, title = string, email = string, phone = string }))
}

resource "aws_account_alternate_contact" "this" {
  for_each               = var.contacts
  alternate_contact_type = each.key
  name                   = each.value.name
  title                  = each.value.title
  email_address          = each.value.email
  phone_number           = each.value.phone
}
