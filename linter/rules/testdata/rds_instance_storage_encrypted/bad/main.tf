provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "unset" { # want "DB instance aws_db_instance.unset is not encrypted at rest \(storage_encrypted is not set \(it defaults to false\)\)"
  identifier                  = "srm-fixture-rds-unset"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_db_instance" "off" {
  identifier                  = "srm-fixture-rds-off"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = false # want "medium: DB instance aws_db_instance.off is not encrypted at rest \(storage_encrypted = false\)"
}

# A replica of the unencrypted instance above.
resource "aws_db_instance" "replica" {
  identifier          = "srm-fixture-rds-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.off.identifier # want "DB instance aws_db_instance.replica is a replica of aws_db_instance.off, which is not encrypted"
  skip_final_snapshot = true
}

# Restored from a snapshot the plan does not show.
resource "aws_db_instance" "restored" {
  identifier          = "srm-fixture-rds-restored"
  instance_class      = "db.t3.micro"
  snapshot_identifier = "srm-fixture-snapshot" # want "unknown: medium: Whether DB instance aws_db_instance.restored is encrypted cannot be decided: it inherits the encryption of snapshot_identifier = \"srm-fixture-snapshot\""
  skip_final_snapshot = true
}
