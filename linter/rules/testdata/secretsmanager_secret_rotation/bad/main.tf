provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "api" { # want "medium: Secret aws_secretsmanager_secret.api has no aws_secretsmanager_secret_rotation"
  name = "srm-fixture/api"
}

resource "aws_secretsmanager_secret" "many" { # want "aws_secretsmanager_secret.many\[\"a\"\] has no" "aws_secretsmanager_secret.many\[\"b\"\] has no"
  for_each = toset(["a", "b"])
  name     = "srm-fixture/many-${each.key}"
}

# A rotation for another secret does not count.
resource "aws_secretsmanager_secret_rotation" "other" {
  secret_id           = "arn:aws:secretsmanager:us-east-1:123456789012:secret:srm-fixture/elsewhere-AbCdEf"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
