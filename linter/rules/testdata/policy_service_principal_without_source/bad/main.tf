provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # want "aws_sqs_queue_policy.jobs: Statement 0 grants sqs:SendMessage to the service principal sns.amazonaws.com without an aws:SourceArn.*RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:123456789012:jobs"
    }]
  })
}

resource "aws_lambda_permission" "from_bucket" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com" # want "aws_lambda_permission.from_bucket lets the service principal s3.amazonaws.com invoke the function without a source_arn or source_account that names the source"
}
