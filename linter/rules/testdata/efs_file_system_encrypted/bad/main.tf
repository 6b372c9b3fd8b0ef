provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "unset" { # want "medium: File system aws_efs_file_system.unset is not encrypted at rest \(encrypted is not set \(the API default is unencrypted\)\)"
  creation_token = "srm-fixture-efs-unset"
}

resource "aws_efs_file_system" "off" {
  creation_token = "srm-fixture-efs-off"
  encrypted      = false # want "File system aws_efs_file_system.off is not encrypted at rest \(encrypted = false\)"
}
