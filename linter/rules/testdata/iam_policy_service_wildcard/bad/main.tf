provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "storage" {
  name = "storage"
  policy = jsonencode({ # want "aws_iam_policy.storage: Statement 0 allows every action of a service \(dynamodb:\*, s3:\*\)"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*", "dynamodb:*", "ec2:Describe*"], Resource = "*" }]
  })
}

# NotAction with a service wildcard (IAM.21 fails it too), from a document
# whose actions are known although its resource is not.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

data "aws_iam_policy_document" "worker" {
  statement {
    sid         = "AllButIAM"
    not_actions = ["iam:*"]
    resources   = [aws_sqs_queue.jobs.arn]
  }
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "worker" {
  role   = aws_iam_role.worker.id
  policy = data.aws_iam_policy_document.worker.json # want "aws_iam_role_policy.worker \(built by data.aws_iam_policy_document.worker\): Statement 0 \(\"AllButIAM\"\) uses a service wildcard in NotAction \(iam:\*\)"
}

resource "aws_iam_user" "etl" {
  for_each = toset(["a", "b"])
  name     = "etl-${each.key}"
}

resource "aws_iam_user_policy" "etl" {
  for_each = aws_iam_user.etl
  user     = each.value.name
  policy   = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "glue:*", Resource = "*" }] }) # want "aws_iam_user_policy.etl\[\"a\"\].*\(glue:\*\)" "aws_iam_user_policy.etl\[\"b\"\].*\(glue:\*\)"
}
