provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "untagged" { # want "low: aws_s3_bucket.untagged has no DataClassification tag"
  bucket = "srm-fixture-class-untagged"
}

resource "aws_dynamodb_table" "typo" {
  name         = "srm-fixture-class-typo"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { # want "aws_dynamodb_table.typo has DataClassification = \"secret\", which is not a classification level \(confidential, internal, public, restricted\)"
    DataClassification = "secret"
  }
}

# The level comes from a value known only after apply.
resource "aws_sqs_queue" "later" {
  name = "srm-fixture-class-later"
  tags = { # want "unknown: low: The classification of aws_sqs_queue.later cannot be read: its DataClassification tag is known only after apply"
    DataClassification = aws_s3_bucket.untagged.id
  }
}

resource "aws_cloudwatch_log_group" "logs" { # want "aws_cloudwatch_log_group.logs has no DataClassification tag"
  name = "/srm-fixture/class"
  tags = {
    Team = "data"
  }
}
