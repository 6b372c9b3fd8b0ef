# snapshot_identifier = var.snapshot_identifier with a null default (the
# terraform-aws-modules/rds pattern): the plan shows it as known only after
# apply, but Terraform knew it was null, so this is no restore from a
# snapshot and the instance is plainly unencrypted.
provider "aws" {
  region = "eu-west-1"
}

variable "snapshot_identifier" {
  type    = string
  default = null
}

resource "aws_db_instance" "via_var" {
  identifier          = "via-var"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "not-a-real-password-1"
  skip_final_snapshot = true
  storage_encrypted   = false # want "medium: DB instance aws_db_instance.via_var is not encrypted at rest \(storage_encrypted = false\)"
  snapshot_identifier = var.snapshot_identifier
}
