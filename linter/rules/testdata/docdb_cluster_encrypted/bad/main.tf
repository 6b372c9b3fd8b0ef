provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "default" { # want "medium: DocumentDB cluster aws_docdb_cluster.default is not encrypted at rest \(storage_encrypted is not set \(it defaults to false\)\)"
  cluster_identifier          = "srm-fixture-docdb"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_docdb_cluster" "off" {
  cluster_identifier          = "srm-fixture-docdb-off"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
  storage_encrypted           = false # want "medium: DocumentDB cluster aws_docdb_cluster.off is not encrypted at rest \(storage_encrypted = false\)"
}

# Restored from an unencrypted cluster's snapshot in the same plan.
resource "aws_docdb_cluster_snapshot" "off" {
  db_cluster_identifier          = aws_docdb_cluster.off.cluster_identifier
  db_cluster_snapshot_identifier = "srm-fixture-docdb-off-snap"
}

resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "srm-fixture-docdb-restored"
  engine              = "docdb"
  snapshot_identifier = aws_docdb_cluster_snapshot.off.id # want "unknown: medium: Whether DocumentDB cluster aws_docdb_cluster.restored is encrypted cannot be decided"
  skip_final_snapshot = true
}
