provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "home" {
  name = "home"
  policy = jsonencode({ # want "aws_iam_policy.home: The policy has no \"Version\", so IAM treats it as version 2008-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::home/$${aws:username}/*" }]
  })
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({ # want "aws_sns_topic_policy.alerts: The policy has no \"Version\""
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudwatch.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:us-east-1:123456789012:alerts"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}

# The obsolete version: policy variables are plain text.
resource "aws_iam_role" "home" {
  name = "home"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  inline_policy {
    name   = "home"
    policy = jsonencode({ Version = "2008-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::home/$${aws:username}/*" }] }) # want "aws_iam_role.home \(inline_policy.0.policy\): The policy declares the obsolete \"Version\": \"2008-10-17\""
  }
}
