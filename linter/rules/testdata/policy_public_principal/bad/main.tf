provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({ # want "critical: aws_sqs_queue.jobs: Statement 0 allows sqs:SendMessage, sqs:ReceiveMessage to Principal \"\*\" without a condition that restricts who"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:SendMessage", "sqs:ReceiveMessage"]
      Resource  = "arn:aws:sqs:us-east-1:123456789012:jobs"
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

resource "aws_sns_topic" "news" {
  name = "news"
}

data "aws_iam_policy_document" "news" {
  statement {
    sid       = "AnyoneSubscribes"
    actions   = ["sns:Subscribe"]
    resources = [aws_sns_topic.news.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "news" {
  arn    = aws_sns_topic.news.arn
  policy = data.aws_iam_policy_document.news.json # want "aws_sns_topic_policy.news \(built by data.aws_iam_policy_document.news\): Statement 0 \(\"AnyoneSubscribes\"\) allows sns:Subscribe to Principal"
}

resource "aws_lambda_permission" "public" {
  statement_id  = "Public"
  action        = "lambda:InvokeFunction"
  function_name = "hello"
  principal     = "*" # want "aws_lambda_permission.public lets principal \"\*\" call lambda:InvokeFunction without a source_arn.*Lambda.1"
}

# A principal known only after apply.
resource "terraform_data" "who" {
  input = "*"
}

resource "aws_secretsmanager_secret" "token" {
  name = "token"
}

data "aws_iam_policy_document" "token" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [terraform_data.who.output]
    }
  }
}

resource "aws_secretsmanager_secret_policy" "token" {
  secret_arn = aws_secretsmanager_secret.token.arn
  policy     = data.aws_iam_policy_document.token.json # want "unknown: critical: aws_secretsmanager_secret_policy.token .*Statement 0 may be open to everyone: its principal or condition is known only after apply"
}

# Queue policies whose JSON is known only after apply (they name the queue's
# ARN): one written with jsonencode, which srmlint rebuilds from the .tf
# source, and one it cannot evaluate.
resource "aws_sqs_queue" "late" {
  name = "late"
}

resource "aws_sqs_queue_policy" "late" {
  queue_url = aws_sqs_queue.late.id
  policy = replace(jsonencode({ # want "unknown: critical: aws_sqs_queue_policy.late cannot be read at plan time, so whether it grants access to everyone cannot be decided: policy is known only after apply \(it depends on aws_sqs_queue.late.arn\)"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sqs:SendMessage", Resource = "QUEUE" }]
  }), "QUEUE", aws_sqs_queue.late.arn)
}

resource "aws_sqs_queue" "open" {
  name = "open"
}

resource "aws_sqs_queue_policy" "open" {
  queue_url = aws_sqs_queue.open.id
  policy = jsonencode({ # want "critical: aws_sqs_queue_policy.open: Statement 0 allows sqs:SendMessage to Principal \"\*\" without a condition that restricts who"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = aws_sqs_queue.open.arn }]
  })
}
