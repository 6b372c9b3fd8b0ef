provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

# Restricted: customer managed key, access logging, versioning.
resource "aws_s3_bucket" "vault" {
  bucket = "srm-fixture-req-good-vault"
  tags = {
    DataClassification = "restricted"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "vault" {
  bucket = aws_s3_bucket.vault.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_logging" "vault" {
  bucket        = aws_s3_bucket.vault.id
  target_bucket = "srm-fixture-req-good-logs"
  target_prefix = "vault/"
}

resource "aws_s3_bucket_versioning" "vault" {
  bucket = aws_s3_bucket.vault.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Restricted table: customer managed key and deletion protection.
resource "aws_dynamodb_table" "ledger" {
  name                        = "srm-fixture-req-good-ledger"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
  tags = {
    DataClassification = "restricted"
  }
}

# Confidential queue and secret with the customer managed key.
resource "aws_sqs_queue" "orders" {
  name              = "srm-fixture-req-good-orders"
  kms_master_key_id = aws_kms_key.data.key_id
  tags = {
    DataClassification = "confidential"
  }
}

resource "aws_secretsmanager_secret" "db" {
  name       = "srm-fixture/req/good/db"
  kms_key_id = aws_kms_key.data.arn
  tags = {
    DataClassification = "confidential"
  }
}

# Public and internal data need nothing beyond the baseline rules.
resource "aws_s3_bucket" "site" {
  bucket = "srm-fixture-req-good-site"
  tags = {
    DataClassification = "public"
  }
}

resource "aws_sns_topic" "events" {
  name = "srm-fixture-req-good-events"
  tags = {
    DataClassification = "internal"
  }
}

# Untagged stores are data_classification_tag's business.
resource "aws_ebs_volume" "scratch" {
  availability_zone = "us-east-1a"
  size              = 10
}
