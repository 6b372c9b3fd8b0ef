provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # want "high: aws_sqs_queue_policy.jobs: Statement 0 \(\"AllButAuditor\"\) allows everyone except \[AWS:arn:aws:iam::123456789012:role/auditor\] \(Allow with NotPrincipal; Access Analyzer: ALLOW_WITH_NOTPRINCIPAL\)"
    Version = "2012-10-17"
    Statement = [{
      Sid          = "AllButAuditor"
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::123456789012:role/auditor" }
      Action       = "sqs:SendMessage"
      Resource     = "arn:aws:sqs:us-east-1:123456789012:jobs"
    }]
  })
}

# A bucket policy from a policy document.
resource "aws_s3_bucket" "logs" {
  bucket = "srm-fixture-notprincipal-logs"
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json # want "aws_s3_bucket_policy.logs \(built by data.aws_iam_policy_document.logs\): Statement 0 allows everyone except"
}
