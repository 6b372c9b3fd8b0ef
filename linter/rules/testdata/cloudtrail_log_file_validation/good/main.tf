provider "aws" {
  region = "us-east-1"
}

variable "validate" {
  type    = bool
  default = true
}

resource "aws_cloudtrail" "on" {
  name                       = "validated"
  s3_bucket_name             = "srm-fixture-ct4-logs"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "from_variable" {
  name                       = "from-variable"
  s3_bucket_name             = "srm-fixture-ct4-logs"
  enable_log_file_validation = var.validate
}
