provider "aws" {
  region = "us-east-1"
}

resource "aws_rds_cluster" "unset" { # want "medium: DB cluster aws_rds_cluster.unset is not encrypted at rest \(storage_encrypted is not set \(it defaults to false\)\)"
  cluster_identifier          = "srm-fixture-aurora-unset"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "off" {
  count                       = 2
  cluster_identifier          = "srm-fixture-aurora-off-${count.index}"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = false # want "DB cluster aws_rds_cluster.off\[0\] is not encrypted at rest \(storage_encrypted = false\)" "DB cluster aws_rds_cluster.off\[1\] is not encrypted"
}
