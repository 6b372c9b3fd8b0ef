provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "keys" {
  name = "keys"
  policy = jsonencode({ # want "high: A principal holding aws_iam_policy.keys \(which this plan attaches to nothing\) may use iam:CreateAccessKey \(aws_iam_policy.keys\), iam:UpdateAccessKey \(aws_iam_policy.keys\), sts:AssumeRole \(aws_iam_policy.keys\) on every resource.*return credentials"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:*AccessKey*", "sts:AssumeRole"], Resource = "*" }]
  })
}

resource "aws_iam_role" "db" { # want "Role aws_iam_role.db \(\"db\"\) may use rds-db:Connect \(aws_iam_role_policy.db\)"
  name = "db"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "db" {
  role   = aws_iam_role.db.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "rds-db:connect", Resource = "*" }] })
}
