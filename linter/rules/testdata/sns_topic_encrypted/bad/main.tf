provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "plain" { # want "medium: Topic aws_sns_topic.plain is not encrypted at rest \(no kms_master_key_id\)"
  name = "srm-fixture-sns-plain"
}

resource "aws_sns_topic" "empty" {
  name              = "srm-fixture-sns-empty"
  kms_master_key_id = "" # want "Topic aws_sns_topic.empty is not encrypted at rest"
}
