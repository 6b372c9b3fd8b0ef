provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "app" { # want "low: Log group aws_cloudwatch_log_group.app has no kms_key_id"
  name              = "/srm-fixture/app"
  retention_in_days = 365
}

variable "key_arn" {
  type    = string
  default = ""
}

resource "aws_cloudwatch_log_group" "empty" {
  name       = "/srm-fixture/empty"
  kms_key_id = var.key_arn # want "Log group aws_cloudwatch_log_group.empty has no kms_key_id"
}

# The key comes from a module output known only after apply: it could be any key.
module "key" {
  source = "./modules/key"
}

resource "aws_cloudwatch_log_group" "module" {
  name       = "/srm-fixture/module"
  kms_key_id = module.key.arn # want "unknown: low: Whether log group aws_cloudwatch_log_group.module is encrypted with a customer managed key cannot be decided: kms_key_id is known only after apply \(it comes from module.key.arn\)"
}
