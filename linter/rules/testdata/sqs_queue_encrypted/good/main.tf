provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "sqs" {
  enable_key_rotation = true
}

# SSE-SQS, the default.
resource "aws_sqs_queue" "default" {
  name = "srm-fixture-sqs-good-default"
}

resource "aws_sqs_queue" "sse_sqs" {
  name                    = "srm-fixture-sqs-good-sse-sqs"
  sqs_managed_sse_enabled = true
}

# SSE-KMS.
resource "aws_sqs_queue" "kms" {
  name              = "srm-fixture-sqs-good-kms"
  kms_master_key_id = aws_kms_key.sqs.arn
}

resource "aws_sqs_queue" "managed" {
  name              = "srm-fixture-sqs-good-managed"
  kms_master_key_id = "alias/aws/sqs"
}
