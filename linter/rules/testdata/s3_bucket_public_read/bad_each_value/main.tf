# Bucket policies written with jsonencode in a resource with for_each over
# an input variable: each instance's policy takes its readers from
# each.value, which the plan's variables decide. The "assets" bucket is
# open to everyone; the "reports" bucket names one role.
provider "aws" {
  region = "us-east-1"
}

variable "buckets" {
  type = map(object({ readers = list(string) }))
  default = {
    assets  = { readers = ["*"] }
    reports = { readers = ["arn:aws:iam::123456789012:role/reporting"] }
  }
}

resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = "srm-fixture-each-value-${each.key}"
}

resource "aws_s3_bucket_policy" "b" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.b[each.key].id
  policy = jsonencode({ # want "critical: .*aws_s3_bucket.b\[\"assets\"\].*allows s3:GetObject to Principal \"\*\""
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Readers"
      Effect    = "Allow"
      Principal = { AWS = each.value.readers }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.b[each.key].arn}/*"
    }]
  })
}
