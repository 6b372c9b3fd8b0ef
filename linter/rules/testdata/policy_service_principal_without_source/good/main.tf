provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

data "aws_iam_policy_document" "jobs" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs.arn]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.jobs.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.jobs.json
}

resource "aws_s3_bucket" "uploads" {
  bucket = "srm-fixture-uploads"
}

resource "aws_lambda_permission" "from_bucket" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnails"
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = data.aws_caller_identity.current.account_id
}

# A trust policy is not checked: a service assuming a role acts for this
# account.
resource "aws_iam_role" "lambda" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# A key policy that names the source through the encryption context.
resource "aws_kms_key" "logs" {
  description = "logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" },
      {
        Sid       = "Logs"
        Effect    = "Allow"
        Principal = { Service = "logs.us-east-1.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = { ArnLike = { "kms:EncryptionContext:aws:logs:arn" = "arn:aws:logs:us-east-1:123456789012:*" } }
      },
    ]
  })
}
