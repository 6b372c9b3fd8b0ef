# Secrets planted for TestSecretsNeverPrinted: values the plan marks
# sensitive must not appear in any output format, messages included.
provider "aws" {
  region = "us-east-1"
}

variable "bucket_name" {
  type      = string
  sensitive = true
  default   = "srm-secret-bucket-7c1e9a"
}

resource "aws_s3_bucket" "hidden" {
  bucket = var.bucket_name
}

# A public ACL on that bucket: the finding's message names the bucket.
resource "aws_s3_bucket_acl" "hidden" {
  bucket = aws_s3_bucket.hidden.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "hidden" {
  bucket            = var.bucket_name
  block_public_acls = false
}

resource "aws_secretsmanager_secret" "db" {
  name = "srm-fixture-db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = "s3cr3t-string-9f2d41"
}

resource "aws_db_instance" "db" {
  identifier          = "srm-fixture-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "hunter2-db-password-31c7"
  skip_final_snapshot = true
}
