provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "sns" {
  enable_key_rotation = true
}

resource "aws_sns_topic" "kms" {
  name              = "srm-fixture-sns-good-kms"
  kms_master_key_id = aws_kms_key.sns.arn
}

resource "aws_sns_topic" "managed" {
  name              = "srm-fixture-sns-good-managed"
  kms_master_key_id = "alias/aws/sns"
}
