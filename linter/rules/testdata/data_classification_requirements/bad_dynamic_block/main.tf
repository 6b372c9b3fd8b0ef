provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  description         = "table key"
  enable_key_rotation = true
}

variable "sse" {
  default = { enabled = true }
}

# A static block with a customer managed key passes.
resource "aws_dynamodb_table" "static" {
  name         = "static"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
  tags = { DataClassification = "confidential" }
}

# The same through a dynamic block (terraform-aws-dynamodb-table style): the
# plan JSON leaves dynamic blocks out of the configuration, so the key is
# known only after apply, not "the AWS managed key".
resource "aws_dynamodb_table" "dynamic" { # want "unknown: high: aws_dynamodb_table.dynamic is classified \"confidential\".*server_side_encryption.0.kms_key_arn is known only after apply"
  name         = "dynamic"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  dynamic "server_side_encryption" {
    for_each = [var.sse]
    content {
      enabled     = server_side_encryption.value.enabled
      kms_key_arn = aws_kms_key.data.arn
    }
  }
  tags = { DataClassification = "confidential" }
}
