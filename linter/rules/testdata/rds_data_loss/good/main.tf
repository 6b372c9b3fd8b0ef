# Planned against prior.tfstate.json, the databases as they exist now.
provider "aws" {
  region = "us-east-1"
}

# A final snapshot is taken.
removed {
  from = aws_db_instance.snapshotted
  lifecycle {
    destroy = true
  }
}

# AWS refuses to delete it.
removed {
  from = aws_db_instance.protected
  lifecycle {
    destroy = true
  }
}

# A read replica: the data lives on in its source.
removed {
  from = aws_db_instance.replica
  lifecycle {
    destroy = true
  }
}
