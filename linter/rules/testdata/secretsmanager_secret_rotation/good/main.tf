provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "db" {
  for_each = toset(["a", "b"])
  name     = "srm-fixture/good/db-${each.key}"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  for_each            = aws_secretsmanager_secret.db
  secret_id           = each.value.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
