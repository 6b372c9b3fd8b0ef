# Object ARNs written without "arn:aws:s3:::": "*/*" (what a module makes of
# a bucket list that defaults to ["*"] with "${b}/*") matches every object
# of every bucket, since IAM wildcards span "/" and ":". "?*" is any bucket
# name too.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "backup" { # want "medium: Role aws_iam_role.backup \(\"srm-fixture-backup\"\) may use s3:GetObject \(aws_iam_role_policy.backup\) on every resource"
  name = "srm-fixture-backup"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "backup" {
  role = aws_iam_role.backup.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "*/*" }]
  })
}

resource "aws_iam_role" "restore" { # want "medium: Role aws_iam_role.restore \(\"srm-fixture-restore\"\) may use s3:GetObject \(aws_iam_role_policy.restore\) on every resource"
  name = "srm-fixture-restore"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "restore" {
  role = aws_iam_role.restore.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::?*/*" }]
  })
}

# One bucket's objects: constrained.
resource "aws_iam_role" "reports" {
  name = "srm-fixture-reports"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "reports" {
  role = aws_iam_role.reports.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::srm-reports/*" }]
  })
}
