provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "unset" { # want "medium: KMS key aws_kms_key.unset does not rotate: enable_key_rotation is not set \(it defaults to false\)"
  description = "no rotation"
}

resource "aws_kms_key" "off" {
  enable_key_rotation = false # want "KMS key aws_kms_key.off does not rotate: enable_key_rotation = false"
}

module "keys" {
  source = "./modules/key"
  count  = 2
}
