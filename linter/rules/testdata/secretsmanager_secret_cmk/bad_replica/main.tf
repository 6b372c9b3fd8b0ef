# A secret under a customer managed key whose replica names none: Secrets
# Manager encrypts the replica with aws/secretsmanager of its region.
provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "secrets" {
  description         = "srm fixture secrets"
  enable_key_rotation = true
}

resource "aws_kms_replica_key" "secrets" {
  region          = "eu-central-1"
  primary_key_arn = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "db" { # want "low: The replica of secret aws_secretsmanager_secret.db in eu-central-1 is encrypted with the AWS managed key aws/secretsmanager"
  name       = "srm-fixture-db"
  kms_key_id = aws_kms_key.secrets.arn
  replica {
    region = "eu-central-1"
  }
}

resource "aws_secretsmanager_secret" "api" {
  name       = "srm-fixture-api"
  kms_key_id = aws_kms_key.secrets.arn
  replica {
    region     = "eu-central-1"
    kms_key_id = aws_kms_replica_key.secrets.arn
  }
}
