provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "secrets" {
  enable_key_rotation = true
}

resource "aws_kms_alias" "secrets" {
  name          = "alias/srm-fixture-secrets"
  target_key_id = aws_kms_key.secrets.key_id
}

resource "aws_secretsmanager_secret" "key" {
  name       = "srm-fixture/good/key"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "alias" {
  name       = "srm-fixture/good/alias"
  kms_key_id = aws_kms_alias.secrets.arn
}
