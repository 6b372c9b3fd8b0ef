# Key users passed into a key module through a local and a module variable
# (terraform-aws-eks -> terraform-aws-kms: key_users = [local.cluster_role]).
# The role ARN is known only after apply, but an unknown element of a known
# list can only come from a resource: one specific principal, never "*".
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

locals {
  app_role = aws_iam_role.app.arn
}

module "key" {
  source    = "./modules/key"
  key_users = [local.app_role]
}
