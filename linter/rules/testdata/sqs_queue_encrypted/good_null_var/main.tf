# sqs_managed_sse_enabled = var.x with a null default (the terraform-aws-sqs
# pattern): null means the default, SSE-SQS on.
provider "aws" {
  region = "eu-west-1"
}

variable "sqs_managed_sse_enabled" {
  type    = bool
  default = null
}

resource "aws_sqs_queue" "via_var" {
  name                    = "via-var"
  sqs_managed_sse_enabled = var.sqs_managed_sse_enabled
}
