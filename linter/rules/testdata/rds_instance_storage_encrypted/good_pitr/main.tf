# Point-in-time restores inherit the source's encryption.
provider "aws" {
  region = "eu-west-1"
}
resource "aws_db_instance" "src" {
  identifier          = "src"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "not-a-real-password-1"
  storage_encrypted   = true
  skip_final_snapshot = true
}
resource "aws_db_instance" "restored" {
  identifier          = "restored"
  instance_class      = "db.t4g.micro"
  skip_final_snapshot = true
  restore_to_point_in_time {
    source_db_instance_identifier = aws_db_instance.src.identifier
    use_latest_restorable_time    = true
  }
}
resource "aws_rds_cluster" "src" {
  cluster_identifier  = "src"
  engine              = "aurora-postgresql"
  master_username     = "app"
  master_password     = "not-a-real-password-1"
  storage_encrypted   = true
  skip_final_snapshot = true
}
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  skip_final_snapshot = true
  restore_to_point_in_time {
    source_cluster_identifier  = aws_rds_cluster.src.cluster_identifier
    restore_type               = "copy-on-write"
    use_latest_restorable_time = true
  }
}
