provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = {
      DataClassification = "internal"
    }
  }
}

# The provider's default_tags classify everything...
resource "aws_s3_bucket" "default" {
  bucket = "srm-fixture-class-good-default"
}

resource "aws_secretsmanager_secret" "default" {
  name = "srm-fixture/class/good"
}

# ...and a resource can override the level, in any case.
resource "aws_sns_topic" "override" {
  name = "srm-fixture-class-good-override"
  tags = {
    DataClassification = "Public"
  }
}

# Not a data store.
resource "aws_iam_role" "app" {
  name = "srm-fixture-class-good-role"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
