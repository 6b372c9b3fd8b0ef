provider "aws" {
  region = "us-east-1"
}

# Deny outside named buckets is a guardrail, not a grant.
resource "aws_iam_policy" "only_reports" {
  name = "only-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" },
      { Effect = "Deny", Action = "s3:*", NotResource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"] },
    ]
  })
}
