provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  name                    = "srm-fixture-try-q"
  sqs_managed_sse_enabled = true
  tags                    = { DataClassification = "internal" }
}

# Pattern of terraform-aws-modules/sqs v4 and sns v6:
#   resources = try(statement.value.resources, [aws_sqs_queue.this[0].arn])
# sns.amazonaws.com may send to the queue with no aws:SourceArn/SourceAccount.


locals {
  statements = {
    sns = {
      sid     = "SNS"
      actions = ["sqs:SendMessage"]
    }
  }
}

data "aws_iam_policy_document" "q" {
  dynamic "statement" {
    for_each = local.statements
    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = try(statement.value.resources, [aws_sqs_queue.q.arn])
      principals {
        type        = "Service"
        identifiers = ["sns.amazonaws.com"]
      }
    }
  }
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.url
  policy    = data.aws_iam_policy_document.q.json # want "medium: .*Statement 0 \(\"SNS\"\) grants sqs:SendMessage to the service principal sns.amazonaws.com without an aws:SourceArn"
}

# The source condition's value is known only after apply, from a value that
# could be anything (terraform_data passes its input through): undecided.
resource "terraform_data" "topic" {
  input = "arn:aws:sns:us-east-1:123456789012:jobs"
}

resource "aws_sqs_queue" "later" {
  name                    = "srm-fixture-try-later-q"
  sqs_managed_sse_enabled = true
}

data "aws_iam_policy_document" "later" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.later.arn]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [terraform_data.topic.output]
    }
  }
}

resource "aws_sqs_queue_policy" "later" {
  queue_url = aws_sqs_queue.later.url
  policy    = data.aws_iam_policy_document.later.json # want "unknown: medium: .*Statement 0 may grant sqs:SendMessage to the service principal sns.amazonaws.com without naming the source resource or account"
}
