# Scaling fixture for the policy engine benchmarks (BenchmarkIdentity): one
# customer policy of var.statements statements and one role with
# var.attachments attached customer policies, each of a few statements.
# Plans: plan-small.json (1,000 statements, 20 attachments) and
# plan-large.json (5,000 statements, 100 attachments), written by
# ../shared/tools/real-plan with -var statements=N -var attachments=M.

variable "statements" {
  type = number
}

variable "attachments" {
  type = number
}

locals {
  services = ["s3", "dynamodb", "sqs", "sns", "kms", "logs", "lambda", "ec2", "iam", "secretsmanager"]
}

resource "aws_iam_role" "big" {
  name = "scale-big-policy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "big" {
  name = "scale-big"
  policy = jsonencode({
    Version = "2012-10-17"
    # range() stops at 1,024 elements: build the list in blocks of 1,000.
    Statement = flatten([for block in range(ceil(var.statements / 1000)) : [
      for i in range(block * 1000, min(var.statements, block * 1000 + 1000)) : {
        Sid      = "S${i}"
        Effect   = i % 97 == 0 ? "Deny" : "Allow"
        Action   = ["${local.services[i % 10]}:Get*", "${local.services[i % 10]}:List*", "${local.services[(i + 3) % 10]}:Describe*"]
        Resource = i % 13 == 0 ? "*" : "arn:aws:${local.services[i % 10]}:us-east-1:123456789012:thing/app-${i}"
      }
    ]])
  })
}

resource "aws_iam_role_policy_attachment" "big" {
  role       = aws_iam_role.big.name
  policy_arn = aws_iam_policy.big.arn
}

resource "aws_iam_role" "many" {
  name = "scale-many-policies"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "part" {
  count = var.attachments
  name  = "scale-part-${count.index}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["${local.services[count.index % 10]}:*"]
        Resource = "arn:aws:${local.services[count.index % 10]}:us-east-1:123456789012:thing/part-${count.index}"
      },
      {
        Effect   = "Allow"
        Action   = ["iam:PassRole", "${local.services[(count.index + 1) % 10]}:Create*"]
        Resource = count.index % 25 == 0 ? "*" : "arn:aws:iam::123456789012:role/part-${count.index}"
      },
      {
        Effect    = "Allow"
        Action    = ["kms:Decrypt"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:ViaService" = "s3.us-east-1.amazonaws.com" } }
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "many" {
  count      = var.attachments
  role       = aws_iam_role.many.name
  policy_arn = aws_iam_policy.part[count.index].arn
}
