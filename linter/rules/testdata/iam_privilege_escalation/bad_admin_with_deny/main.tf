# An administrator role with one narrow Deny (protect the state bucket): it
# can detach that Deny itself, so it is still one administrator finding, not
# every escalation path and risk class on its own.
provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}
resource "aws_iam_role" "admin" { # want "high: Role aws_iam_role.admin \(\"admin\"\) has full administrator access"
  name                = "admin"
  assume_role_policy  = data.aws_iam_policy_document.trust.json
}
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
resource "aws_iam_role_policy" "protect_state" {
  name = "protect-state"
  role = aws_iam_role.admin.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "ProtectState"
      Effect   = "Deny"
      Action   = ["s3:DeleteBucket"]
      Resource = ["arn:aws:s3:::tf-state-prod"]
    }]
  })
}
