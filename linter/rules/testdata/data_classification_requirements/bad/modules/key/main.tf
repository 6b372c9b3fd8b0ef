resource "terraform_data" "key" {
  input = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

output "arn" {
  value = terraform_data.key.output
}
