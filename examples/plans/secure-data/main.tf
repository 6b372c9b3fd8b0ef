# A data store that follows AWS's secure defaults, as a module: a bucket with
# Block Public Access, ACLs disabled, SSE-KMS under a customer managed key,
# versioning, a lifecycle, server access logging and a TLS-only policy, its
# log bucket, and a rotated key with a least-privilege key policy. srmlint
# reports nothing above low on it (MFA delete, and the log bucket's own
# access logging).
#
#   terraform plan -out tfplan && terraform show -json tfplan > plan.json
#   srmlint check --fail-on medium plan.json

provider "aws" {
  region = "us-east-1"
}

module "customer_data" {
  source = "./modules/data-store"

  name           = "srm-example-customer-data"
  classification = "confidential"
  key_admin_arns = ["arn:aws:iam::123456789012:role/key-admin"]
  key_user_arns  = ["arn:aws:iam::123456789012:role/customer-api"]
}
