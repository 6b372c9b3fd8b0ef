# Permission sets whose policies, taken together, grant no escalation path:
# read-only access to S3 and a customer managed policy (defined in the
# accounts, referenced by name) that srmlint cannot read, under a boundary.
provider "aws" {
  region = "us-east-1"
}

locals {
  instance_arn = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
}

resource "aws_ssoadmin_permission_set" "analyst" {
  name         = "Analyst"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_managed_policy_attachment" "analyst" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.analyst.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "aws_ssoadmin_permission_set_inline_policy" "analyst" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.analyst.arn
  inline_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["athena:StartQueryExecution", "athena:GetQueryResults"], Resource = "*" }]
  })
}

resource "aws_ssoadmin_customer_managed_policy_attachment" "analyst" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.analyst.arn
  customer_managed_policy_reference {
    name = "analyst-extra"
    path = "/"
  }
}

# An AWS managed boundary on top: administrator access cut down to
# read-only, which srmlint reads.
resource "aws_ssoadmin_permission_set" "ops" {
  name         = "Ops"
  instance_arn = local.instance_arn
}

resource "aws_ssoadmin_managed_policy_attachment" "ops" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.ops.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_ssoadmin_permissions_boundary_attachment" "ops" {
  instance_arn       = local.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.ops.arn
  permissions_boundary {
    managed_policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
  }
}
