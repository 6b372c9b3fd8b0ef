# mfa_delete set by an expression that is null while planning (a module input
# that defaults to false, as in trussworks/terraform-aws-logs and
# terraform-aws-modules/s3-bucket). The provider computes the argument, so the
# plan shows it as known only after apply, but Terraform knew it was null:
# MFA delete is off.
provider "aws" {
  region = "us-east-1"
}

variable "versioning" {
  type    = map(string)
  default = { enabled = true }
}

module "logs" {
  source = "./modules/bucket"
  name   = "srm-fixture-mfa-null-logs"
}

module "data" {
  source     = "./modules/bucket"
  name       = "srm-fixture-mfa-null-data"
  versioning = var.versioning
}
