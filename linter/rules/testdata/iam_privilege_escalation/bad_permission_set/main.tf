# IAM Identity Center permission sets are judged with all their policies
# together, as roles are: an inline policy and an AWS managed policy
# attachment complete RHINO-03 between them, and AdministratorAccess
# attached by aws_ssoadmin_managed_policy_attachment is administrator access.
provider "aws" {
  region = "us-east-1"
}

locals {
  instance_arn = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
}

resource "aws_ssoadmin_permission_set" "deploy" { # want "high: Permission set aws_ssoadmin_permission_set.deploy \(\"Deploy\"\) can raise its own privileges: .*RHINO-03 .*iam:PassRole from aws_ssoadmin_permission_set_inline_policy.deploy, ec2:RunInstances from AWS managed policy AmazonEC2FullAccess"
  name         = "Deploy"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_permission_set_inline_policy" "deploy" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.deploy.arn
  inline_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }]
  })
}

resource "aws_ssoadmin_managed_policy_attachment" "deploy_ec2" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.deploy.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AmazonEC2FullAccess"
}

resource "aws_ssoadmin_permission_set" "admin" { # want "high: Permission set aws_ssoadmin_permission_set.admin \(\"Administrator\"\) has full administrator access \(\"\*\" on \"\*\" through AWS managed policy AdministratorAccess\)"
  name         = "Administrator"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_managed_policy_attachment" "admin" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admin.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
