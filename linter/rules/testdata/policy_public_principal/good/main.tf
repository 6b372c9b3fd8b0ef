provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "jobs" {
  name = "jobs"
}

# "*" restricted to one source topic.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:123456789012:jobs"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:us-east-1:123456789012:jobs" } }
    }]
  })
}

# Everyone, but a Deny refuses everyone outside the organisation.
resource "aws_sns_topic_policy" "jobs" {
  arn = aws_sns_topic.jobs.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "arn:aws:sns:us-east-1:123456789012:jobs" },
      { Effect = "Deny", Principal = "*", Action = "sns:*", Resource = "arn:aws:sns:us-east-1:123456789012:jobs", Condition = { StringNotEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } } },
    ]
  })
}

# A bucket policy is the S3 rules' (s3_bucket_public_read).
resource "aws_s3_bucket" "site" {
  bucket = "srm-fixture-public-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.site.arn}/*" }]
  })
}

# A Lambda permission for one account.
resource "aws_lambda_permission" "partner" {
  statement_id  = "Partner"
  action        = "lambda:InvokeFunction"
  function_name = "hello"
  principal     = "111122223333"
}

# "*" within the organisation.
resource "aws_lambda_permission" "org" {
  statement_id     = "Org"
  action           = "lambda:InvokeFunction"
  function_name    = "hello"
  principal        = "*"
  principal_org_id = "o-abc123def4"
}
