provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "rds" {
  enable_key_rotation = true
}

resource "aws_db_instance" "primary" {
  identifier                  = "srm-fixture-rds-good-primary"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
  skip_final_snapshot         = true
}

# A replica of an encrypted instance is encrypted.
resource "aws_db_instance" "replica" {
  identifier          = "srm-fixture-rds-good-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.primary.identifier
  skip_final_snapshot = true
}

# Aurora members are left to their cluster.
resource "aws_db_instance" "aurora" {
  identifier     = "srm-fixture-rds-good-aurora"
  engine         = "aurora-postgresql"
  instance_class = "db.r6g.large"
}
