provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "default" { # want "low: Secret aws_secretsmanager_secret.default is encrypted with the AWS managed key aws/secretsmanager"
  name = "srm-fixture/default"
}

resource "aws_secretsmanager_secret" "managed" {
  name       = "srm-fixture/managed"
  kms_key_id = "alias/aws/secretsmanager" # want "Secret aws_secretsmanager_secret.managed is encrypted with the AWS managed key"
}
