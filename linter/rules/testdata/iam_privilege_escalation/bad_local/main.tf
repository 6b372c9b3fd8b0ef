# The attachment names its group through a local whose value is known only
# after apply (terraform-aws-modules/iam, iam-group-with-policies). The plan
# JSON omits locals; srmlint follows them in the .tf source.
provider "aws" {
  region = "us-east-1"
}

locals {
  group_name = aws_iam_group.admins.id
}

resource "aws_iam_group" "admins" { # want "Group aws_iam_group.admins \(\"superadmins\"\) has full administrator access"
  name = "superadmins"
}

resource "aws_iam_group_policy_attachment" "admins" {
  group      = local.group_name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
