provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "plain" {
  name                    = "srm-fixture-sqs-plain"
  sqs_managed_sse_enabled = false # want "medium: Queue aws_sqs_queue.plain is not encrypted at rest: sqs_managed_sse_enabled = false and no kms_master_key_id"
}
