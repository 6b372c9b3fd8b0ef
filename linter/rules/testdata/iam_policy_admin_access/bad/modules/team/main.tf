variable "name" {
  type = string
}

resource "aws_iam_group" "this" {
  name = var.name
}

resource "aws_iam_group_policy" "this" {
  group = aws_iam_group.this.name
  policy = jsonencode({ # want "module.team\[\"blue\"\].aws_iam_group_policy.this: Statement 1 allows every action" "module.team\[\"green\"\].aws_iam_group_policy.this: Statement 1 allows every action"
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::team-data/*" },
      { Effect = "Allow", Action = ["*"], Resource = ["arn:aws:s3:::team-data", "*"] },
    ]
  })
}
