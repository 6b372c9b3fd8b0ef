# A source ARN that matches every bucket names no source: bucket ARNs carry
# no account and bucket names are global, so anyone can create a bucket
# that matches "arn:aws:s3:::*" or "arn:aws:s3:::uploads-*". As
# terraform-aws-modules/lambda allowed_triggers write it, and in a queue
# policy. ArnEquals matches wildcards as ArnLike does.
provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_permission" "any_bucket" {
  statement_id  = "S3Events"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com" # want "medium: aws_lambda_permission.any_bucket lets the service principal s3.amazonaws.com invoke the function without a source_arn or source_account that names the source"
  source_arn    = "arn:aws:s3:::*"
}

resource "aws_lambda_permission" "prefix" {
  statement_id  = "S3Uploads"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com" # want "medium: aws_lambda_permission.prefix lets the service principal s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::uploads-*"
}

resource "aws_sqs_queue" "q" {
  name                    = "srm-fixture-s3-any-source"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.id
  policy = jsonencode({ # want "medium: .*Statement 0 grants sqs:SendMessage to the service principal s3.amazonaws.com without" "medium: .*Statement 1 grants sqs:SendMessage to the service principal sns.amazonaws.com without"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.q.arn
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::*" } }
      }, {
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.q.arn
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:*:*:*" } }
    }]
  })
}
