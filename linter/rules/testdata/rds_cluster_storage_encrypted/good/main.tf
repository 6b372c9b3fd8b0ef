provider "aws" {
  region = "us-east-1"
}

resource "aws_rds_cluster" "app" {
  cluster_identifier          = "srm-fixture-aurora-good"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier          = "srm-fixture-aurora-good-serverless"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
}
