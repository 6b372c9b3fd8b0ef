# The terraform-aws-modules shape: a jsonencode policy whose resource depends
# on a module input with a default (var.scoped is false: Resource "*").
variable "scoped" {
  type    = bool
  default = false
}

resource "aws_iam_role" "ops" { # want "Role module.ops.aws_iam_role.ops \(\"ops\"\) can raise its own privileges: .*iam:AttachRolePolicy from module.ops.aws_iam_role_policy.ops"
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "ops" {
  role = aws_iam_role.ops.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["iam:GetRole"], Resource = aws_iam_role.ops.arn },
      {
        Effect   = "Allow"
        Action   = ["iam:AttachRolePolicy"]
        Resource = var.scoped ? "arn:aws:iam::123456789012:role/app-*" : "*"
      },
    ]
  })
}
