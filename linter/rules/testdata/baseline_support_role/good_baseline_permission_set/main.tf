provider "aws" {
  region = "us-east-1"
}

# The support role comes from IAM Identity Center: a permission set with
# AWSSupportAccess, provisioned as a role in each account it is assigned to.
resource "aws_ssoadmin_permission_set" "support" {
  name         = "Support"
  instance_arn = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
}

resource "aws_ssoadmin_managed_policy_attachment" "support" {
  instance_arn       = aws_ssoadmin_permission_set.support.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.support.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
}
