# Planned against prior.tfstate.json, the keys as they exist now.
provider "aws" {
  region = "us-east-1"
}

# Updated in place.
resource "aws_kms_key" "data" {
  description         = "new description"
  enable_key_rotation = true
}

# Created.
resource "aws_kms_key" "new" {
  enable_key_rotation = true
}
