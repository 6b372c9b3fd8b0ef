# Two regions with a recorder named "default" each, but the delivery channel
# and the status (named by the literal "default") exist in us-east-1 only:
# they do not serve the eu-west-1 recorder.
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

resource "aws_config_configuration_recorder" "west" { # want "critical: AWS Config recorder aws_config_configuration_recorder.west \(\"default\"\) has no aws_config_delivery_channel in eu-west-1" "critical: AWS Config recorder aws_config_configuration_recorder.west \(\"default\"\) is never started"
  provider = aws.west
  name     = "default"
  role_arn = local.slr
}
