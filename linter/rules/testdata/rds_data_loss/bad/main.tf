# Planned against prior.tfstate.json, the databases as they exist now.
provider "aws" {
  region = "us-east-1"
}

removed { # want "high: The plan will delete database aws_db_instance.old, which has skip_final_snapshot = true: no final snapshot is taken, and its automated backups are deleted with it"
  from = aws_db_instance.old
  lifecycle {
    destroy = true
  }
}

# A new identifier replaces the cluster; setting skip_final_snapshot = false
# now does not help, the destroy uses the current setting.
resource "aws_rds_cluster" "legacy" { # want "The plan will replace \(destroy, then create again\) database aws_rds_cluster.legacy, which has skip_final_snapshot = true: no final snapshot is taken, and only its automated backups remain"
  cluster_identifier          = "srm-fixture-loss-cluster-new"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "srm-fixture-loss-cluster-final"
}
