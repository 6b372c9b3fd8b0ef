provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "power" {
  name = "power"
  policy = jsonencode({ # want "aws_iam_policy.power: Statement 0 \(\"Power\"\) allows everything except \[iam:\*, organizations:\*\]"
    Version   = "2012-10-17"
    Statement = [{ Sid = "Power", Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "all_but_delete" {
  statement {
    not_actions = ["s3:DeleteObject", "s3:DeleteBucket"]
    resources   = ["arn:aws:s3:::archive", "arn:aws:s3:::archive/*"]
  }
}

resource "aws_iam_group" "archivists" {
  name = "archivists"
}

resource "aws_iam_group_policy" "archivists" {
  group  = aws_iam_group.archivists.name
  policy = data.aws_iam_policy_document.all_but_delete.json # want "aws_iam_group_policy.archivists \(built by data.aws_iam_policy_document.all_but_delete\): Statement 0 allows everything except \[s3:DeleteObject, s3:DeleteBucket\]"
}
