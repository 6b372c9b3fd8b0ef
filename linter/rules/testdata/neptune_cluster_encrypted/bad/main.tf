provider "aws" {
  region = "us-east-1"
}

resource "aws_neptune_cluster" "default" { # want "medium: Neptune cluster aws_neptune_cluster.default is not encrypted at rest \(storage_encrypted is not set \(it defaults to false\)\).*with kms_key_arn for a customer managed key"
  cluster_identifier  = "srm-fixture-neptune"
  engine              = "neptune"
  skip_final_snapshot = true
}

# A replica of the unencrypted cluster in the same plan.
resource "aws_neptune_cluster" "replica" {
  cluster_identifier            = "srm-fixture-neptune-replica"
  engine                        = "neptune"
  replication_source_identifier = aws_neptune_cluster.default.arn # want "medium: Neptune cluster aws_neptune_cluster.replica is a replica of aws_neptune_cluster.default, which is not encrypted"
  skip_final_snapshot           = true
}
