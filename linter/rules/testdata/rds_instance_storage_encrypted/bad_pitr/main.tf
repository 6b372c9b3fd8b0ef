# A point-in-time restore of an unencrypted instance is unencrypted too.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "src" { # want "DB instance aws_db_instance.src is not encrypted at rest"
  identifier          = "src-plain"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "not-a-real-password-1"
  skip_final_snapshot = true
}

resource "aws_db_instance" "restored" {
  identifier          = "restored-plain"
  instance_class      = "db.t4g.micro"
  skip_final_snapshot = true
  restore_to_point_in_time { # want "DB instance aws_db_instance.restored is a point-in-time restore of aws_db_instance.src, which is not encrypted"
    source_db_instance_identifier = aws_db_instance.src.identifier
    use_latest_restorable_time    = true
  }
}
