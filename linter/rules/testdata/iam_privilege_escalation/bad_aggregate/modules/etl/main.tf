variable "name" {
  type = string
}

resource "aws_iam_role" "this" { # want "Role module.etl\[0\].aws_iam_role.this \(\"etl-0\"\) can raise its own privileges: .*RHINO-19 .*: iam:PassRole from module.etl\[0\].aws_iam_policy.this, glue:CreateDevEndpoint from module.etl\[0\].aws_iam_policy.this" "Role module.etl\[1\].aws_iam_role.this \(\"etl-1\"\) .*RHINO-19"
  name = var.name
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "glue.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "this" {
  name = var.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:PassRole", "glue:CreateDevEndpoint"], Resource = "*" }]
  })
}

resource "aws_iam_policy_attachment" "this" {
  name       = var.name
  roles      = [aws_iam_role.this.name]
  policy_arn = aws_iam_policy.this.arn
}
