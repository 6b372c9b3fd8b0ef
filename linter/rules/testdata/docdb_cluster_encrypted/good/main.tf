provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "docdb" {
  description         = "DocumentDB"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "app" {
  cluster_identifier          = "srm-fixture-docdb-app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.docdb.arn
  deletion_protection         = true
  skip_final_snapshot         = true
}

# Elastic clusters are always encrypted.
resource "aws_docdbelastic_cluster" "elastic" {
  name                = "srm-fixture-elastic"
  admin_user_name     = "app"
  admin_user_password = "not-a-real-password-0"
  auth_type           = "PLAIN_TEXT"
  shard_capacity      = 2
  shard_count         = 1
}
