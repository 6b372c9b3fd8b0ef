# AdministratorAccess under a permissions boundary srmlint has no copy of
# (the AWS managed ReadOnlyAccess): the boundary may cap the role at
# read-only, so full administrator access is undecided, not certain.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "auditor" { # want "unknown: high: Role aws_iam_role.auditor \(\"srm-fixture-auditor\"\) may have full administrator access .*permissions boundary AWS managed policy ReadOnlyAccess is not defined in this plan"
  name                 = "srm-fixture-auditor"
  permissions_boundary = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "auditor" {
  role       = aws_iam_role.auditor.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
