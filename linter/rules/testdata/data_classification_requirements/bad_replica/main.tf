# A confidential global table under a customer managed key whose replica
# names no key of its own: DynamoDB encrypts the replica with aws/dynamodb
# in its region.
provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "ledger" {
  description         = "srm fixture ledger"
  enable_key_rotation = true
  multi_region        = true
}

resource "aws_dynamodb_table" "ledger" { # want "high: aws_dynamodb_table.ledger is classified \"confidential\" .*but its replica in eu-central-1 sets no customer managed kms_key_arn"
  name                        = "srm-fixture-ledger"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"
  deletion_protection_enabled = true

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.ledger.arn
  }

  replica {
    region_name = "eu-central-1"
  }

  tags = {
    DataClassification = "confidential"
  }
}
