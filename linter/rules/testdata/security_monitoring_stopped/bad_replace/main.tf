# A running trail and Config recorder are renamed (name forces a new
# resource) and come back switched off: a replacement that stops monitoring.
# prior.tfstate.json holds the running ones ("main-trail", "rec").
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "t" {
  name                  = "main-trail-2"
  s3_bucket_name        = "r4-trail-logs"
  is_multi_region_trail = true
  enable_logging        = false # want "critical: This plan replaces trail aws_cloudtrail.t \(\"main-trail-2\"\) with one that is off \(enable_logging from true to false\)"
}

resource "aws_config_configuration_recorder" "r" {
  name     = "rec2"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder_status" "s" {
  name       = aws_config_configuration_recorder.r.name
  is_enabled = false # want "critical: This plan replaces AWS Config recorder aws_config_configuration_recorder_status.s \(\"rec2\"\) with one that is off \(is_enabled from true to false\)"
}
