provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "config" {
  name = "config-recorder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "config.amazonaws.com" }
    }]
  })
}

# Some resource types only, a custom role, and never started.
resource "aws_config_configuration_recorder" "partial" { # want "critical: AWS Config recorder aws_config_configuration_recorder.partial \(\"partial\"\) has no aws_config_delivery_channel" "critical: .*partial.*is never started"
  name     = "partial"
  role_arn = aws_iam_role.config.arn # want "medium: AWS Config recorder aws_config_configuration_recorder.partial .*custom IAM role"

  recording_group {
    all_supported  = false # want "critical: AWS Config recorder aws_config_configuration_recorder.partial .*records only AWS::IAM::Role, AWS::S3::Bucket"
    resource_types = ["AWS::S3::Bucket", "AWS::IAM::Role"]
  }
}

# Created stopped.
resource "aws_config_configuration_recorder" "stopped" { # want "critical: .*stopped.*has no aws_config_delivery_channel"
  provider = aws.west
  name     = "stopped"
  role_arn = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
}

resource "aws_config_configuration_recorder_status" "stopped" {
  provider   = aws.west
  name       = aws_config_configuration_recorder.stopped.name
  is_enabled = false # want "critical: AWS Config recorder aws_config_configuration_recorder.stopped .*is stopped"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
