provider "aws" {
  region = "us-east-1"
}

# Confidential: SSE-S3 and no access logging.
resource "aws_s3_bucket" "plain" { # want "high: aws_s3_bucket.plain is classified \"confidential\" \(tag DataClassification\), which requires encryption with a customer managed KMS key, but it is encrypted with SSE-S3" "aws_s3_bucket.plain is classified \"confidential\" .*requires server access logging, but the bucket has none"
  bucket = "srm-fixture-req-plain"
  tags = {
    DataClassification = "confidential"
  }
}

# Confidential: aws:kms without a key is the AWS managed aws/s3 key.
resource "aws_s3_bucket" "managed" {
  bucket = "srm-fixture-req-managed"
  tags = {
    DataClassification = "Confidential"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "managed" {
  bucket = aws_s3_bucket.managed.id
  rule {
    apply_server_side_encryption_by_default { # want "aws_s3_bucket.managed is classified \"confidential\" .*but sse_algorithm = \"aws:kms\" without kms_master_key_id uses the AWS managed key aws/s3"
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_logging" "managed" {
  bucket        = aws_s3_bucket.managed.id
  target_bucket = "srm-fixture-req-logs"
  target_prefix = "managed/"
}

# Restricted: an AWS owned key and no deletion protection.
resource "aws_dynamodb_table" "ledger" { # want "aws_dynamodb_table.ledger is classified \"restricted\" .*requires encryption with a customer managed KMS key, but it is encrypted with an AWS owned key"
  name         = "srm-fixture-req-ledger"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  deletion_protection_enabled = false # want "aws_dynamodb_table.ledger is classified \"restricted\" .*requires deletion protection, but deletion_protection_enabled is not true"
  tags = {
    DataClassification = "restricted"
  }
}

# Confidential: storage encrypted, but with the default aws/rds key.
resource "aws_db_instance" "app" { # want "aws_db_instance.app is classified \"confidential\" .*but it has no kms_key_id, so it is encrypted \(if at all\) with a key AWS manages"
  identifier                  = "srm-fixture-req-app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  tags = {
    DataClassification = "confidential"
  }
}

# Confidential: an AWS managed key.
resource "aws_sqs_queue" "orders" {
  name              = "srm-fixture-req-orders"
  kms_master_key_id = "alias/aws/sqs" # want "aws_sqs_queue.orders is classified \"confidential\" .*but kms_master_key_id = \"alias/aws/sqs\" \(an AWS managed key\)"
  tags = {
    DataClassification = "confidential"
  }
}

# Confidential: a key from a module output that is not a KMS key resource.
module "key" {
  source = "./modules/key"
}

resource "aws_cloudwatch_log_group" "audit" {
  name       = "/srm-fixture/req/audit"
  kms_key_id = module.key.arn # want "unknown: high: aws_cloudwatch_log_group.audit is classified \"confidential\" .*but kms_key_id is known only after apply \(it comes from module.key.arn\)"
  tags = {
    DataClassification = "confidential"
  }
}
