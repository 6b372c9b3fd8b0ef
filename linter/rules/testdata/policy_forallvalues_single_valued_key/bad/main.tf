provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "events" {
  name = "events"
}

resource "aws_sns_topic_policy" "events" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({ # want "aws_sns_topic_policy.events: Statement 0 uses ForAllValues:StringEquals on the single-valued key aws:PrincipalOrgID"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:us-east-1:123456789012:events"
      Condition = { "ForAllValues:StringEquals" = { "aws:PrincipalOrgID" = ["o-abc123def4"] } }
    }]
  })
}

data "aws_iam_policy_document" "tagged" {
  statement {
    actions   = ["ec2:StartInstances"]
    resources = ["*"]
    condition {
      test     = "ForAllValues:StringEquals"
      variable = "aws:ResourceTag/team"
      values   = ["blue"]
    }
  }
}

resource "aws_iam_policy" "tagged" {
  name   = "tagged"
  policy = data.aws_iam_policy_document.tagged.json # want "aws_iam_policy.tagged .*single-valued key aws:ResourceTag/team"
}
