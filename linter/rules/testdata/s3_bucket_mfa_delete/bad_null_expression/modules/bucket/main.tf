variable "name" {
  type = string
}

variable "enable_mfa_delete" {
  type    = bool
  default = false
}

variable "versioning" {
  type    = map(string)
  default = {}
}

locals {
  mfa_delete = try(tobool(var.versioning["mfa_delete"]) ? "Enabled" : "Disabled", null)
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_versioning" "this" { # want "low: Versioned bucket module.logs.aws_s3_bucket.this .*does not require MFA delete" "low: Versioned bucket module.data.aws_s3_bucket.this .*does not require MFA delete"
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.enable_mfa_delete ? "Enabled" : local.mfa_delete
  }
}
