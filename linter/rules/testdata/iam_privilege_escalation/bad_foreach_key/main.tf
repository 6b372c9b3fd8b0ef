# Two roles from one for_each; AdministratorAccess is attached to "admin" only,
# by an attachment whose for_each key ("admin_AdministratorAccess") is not the
# role key: the known role name decides, not the reference to all instances.
provider "aws" {
  region = "us-east-1"
}
locals {
  roles = toset(["admin", "readonly"])
  attachments = {
    admin_AdministratorAccess = { role = "admin", arn = "arn:aws:iam::aws:policy/AdministratorAccess" }
  }
}
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}
resource "aws_iam_role" "r" { # want "Role aws_iam_role.r\[\"admin\"\] \(\"admin\"\) has full administrator access"
  for_each           = local.roles
  name               = each.key
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
resource "aws_iam_role_policy_attachment" "a" {
  for_each   = local.attachments
  role       = aws_iam_role.r[each.value.role].name
  policy_arn = each.value.arn
}
