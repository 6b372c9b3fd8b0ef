# Two regions, each with a recorder named "default", its delivery channel and
# a status that names the recorder by the literal "default": each status
# starts the recorder of its own region.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "eu-west-1"
}

locals {
  slr = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
}

resource "aws_config_configuration_recorder" "east" {
  name     = "default"
  role_arn = local.slr
}

resource "aws_config_delivery_channel" "east" {
  name           = "default"
  s3_bucket_name = "srm-fixture-config-central"
  depends_on     = [aws_config_configuration_recorder.east]
}

resource "aws_config_configuration_recorder_status" "east" {
  name       = "default"
  is_enabled = true
  depends_on = [aws_config_delivery_channel.east]
}

resource "aws_config_configuration_recorder" "west" {
  provider = aws.west
  name     = "default"
  role_arn = local.slr
}

resource "aws_config_delivery_channel" "west" {
  provider       = aws.west
  name           = "default"
  s3_bucket_name = "srm-fixture-config-central"
  depends_on     = [aws_config_configuration_recorder.west]
}

resource "aws_config_configuration_recorder_status" "west" {
  provider   = aws.west
  name       = "default"
  is_enabled = true
  depends_on = [aws_config_delivery_channel.west]
}
