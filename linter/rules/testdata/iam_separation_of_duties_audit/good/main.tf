provider "aws" {
  region = "us-east-1"
}

# The trail admin cannot change permissions; the IAM admin cannot stop the
# trail.
resource "aws_iam_role" "trail_admin" {
  name = "trail-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
  inline_policy {
    name   = "trail"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "cloudtrail:*", Resource = "*" }] })
  }
}

resource "aws_iam_role" "iam_admin" {
  name = "iam-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
  inline_policy {
    name = "iam"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { Effect = "Allow", Action = ["iam:*", "cloudtrail:*"], Resource = "*" },
        { Effect = "Deny", Action = ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors"], Resource = "*" },
      ]
    })
  }
}
