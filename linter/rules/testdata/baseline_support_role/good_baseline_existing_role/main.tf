provider "aws" {
  region = "us-east-1"
}

# The baseline attaches AWSSupportAccess to a role created elsewhere (by
# the identity provider's federation setup), by name, with the exclusive
# attachments resource.
resource "aws_iam_role_policy_attachments_exclusive" "support" {
  role_name   = "AWSReservedSSO_Support_0123456789abcdef"
  policy_arns = ["arn:aws:iam::aws:policy/AWSSupportAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
