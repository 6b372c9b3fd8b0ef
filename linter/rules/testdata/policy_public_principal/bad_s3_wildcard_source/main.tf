# Principal "*" limited only by a source ARN that matches every bucket is
# open to anyone: bucket names are global.
provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  name                    = "srm-fixture-public-s3-source"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.id
  policy = jsonencode({ # want "critical: .*Statement 0 allows sqs:SendMessage to Principal \"\*\""
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.q.arn
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::*" } }
    }]
  })
}

resource "aws_lambda_permission" "any_bucket" {
  statement_id  = "Anyone"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "*" # want "critical: aws_lambda_permission.any_bucket lets principal \"\*\" call lambda:InvokeFunction"
  source_arn    = "arn:aws:s3:::*"
}
