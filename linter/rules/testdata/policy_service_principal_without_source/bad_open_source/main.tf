provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  name                    = "srm-fixture-open-source-q"
  sqs_managed_sse_enabled = true
  tags                    = { DataClassification = "internal" }
}

# Each statement "names" a source that is any topic of any account (or only
# asks that a source be present), so
# sns.amazonaws.com would deliver for every customer's topic.
resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.url
  policy = jsonencode({ # want "Statement 0 \(\"AnyTopicAnyAccount\"\) grants sqs:SendMessage to the service principal sns.amazonaws.com without" "Statement 1 \(\"StarSource\"\) grants" "Statement 2 \(\"OnlyPresent\"\) grants"
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AnyTopicAnyAccount"
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.q.arn
        Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:sns:*:*:*" } }
      },
      {
        Sid       = "StarSource"
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.q.arn
        Condition = { StringLike = { "aws:SourceAccount" = "*" } }
      },
      {
        Sid       = "OnlyPresent"
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.q.arn
        Condition = { Null = { "aws:SourceArn" = "false" } }
      }
    ]
  })
}

