provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "/srm-fixture/good/app"
  kms_key_id = aws_kms_key.logs.arn
}

# A key created in a module, referenced through its output.
module "key" {
  source = "./modules/key"
}

resource "aws_cloudwatch_log_group" "module" {
  name       = "/srm-fixture/good/module"
  kms_key_id = module.key.arn
}

resource "aws_cloudwatch_log_group" "literal" {
  name       = "/srm-fixture/good/literal"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
