provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

# Deny with NotPrincipal: everyone but the owner is refused.
resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/producer" }, Action = "sqs:SendMessage", Resource = "arn:aws:sqs:us-east-1:123456789012:jobs" },
      { Effect = "Deny", NotPrincipal = { AWS = "arn:aws:iam::123456789012:role/producer" }, Action = "sqs:SendMessage", Resource = "arn:aws:sqs:us-east-1:123456789012:jobs" },
    ]
  })
}
