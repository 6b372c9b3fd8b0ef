provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

# A vendor account without an external ID.
resource "aws_iam_role" "vendor" {
  name = "vendor-audit"
  assume_role_policy = jsonencode({ # want "aws_iam_role.vendor \(assume_role_policy\): Statement 0 lets principals of another AWS account \(111122223333\) assume the role"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } }]
  })
}

# Own account and another one, with an IfExists MFA condition (admits
# callers without MFA information).
data "aws_iam_policy_document" "shared" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root", "444455556666"]
    }
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}

resource "aws_iam_role" "shared" {
  name               = "shared"
  assume_role_policy = data.aws_iam_policy_document.shared.json # want "aws_iam_role.shared \(assume_role_policy\) \(built by data.aws_iam_policy_document.shared\): Statement 0 lets principals of another AWS account \(444455556666\)"
}
