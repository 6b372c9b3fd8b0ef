provider "aws" {
  region = "us-east-1"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "srm-fixture-neptune-graph"
  engine              = "neptune"
  storage_encrypted   = true
  deletion_protection = true
  skip_final_snapshot = true
}

# A replica of an encrypted cluster inherits its encryption.
resource "aws_neptune_cluster" "replica" {
  cluster_identifier            = "srm-fixture-neptune-graph-replica"
  engine                        = "neptune"
  replication_source_identifier = aws_neptune_cluster.graph.arn
  skip_final_snapshot           = true
}
