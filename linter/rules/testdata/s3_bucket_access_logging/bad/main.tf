provider "aws" {
  region = "us-east-1"
}

# No logging at all.
resource "aws_s3_bucket" "data" { # want "medium: Bucket aws_s3_bucket.data \(\"srm-fixture-log-data\"\) has no server access logging"
  bucket = "srm-fixture-log-data"
}

# Several buckets from for_each, none logged.
resource "aws_s3_bucket" "many" { # want "aws_s3_bucket.many\[\"a\"\] .*has no server access logging" "aws_s3_bucket.many\[\"b\"\] .*has no server access logging"
  for_each = toset(["a", "b"])
  bucket   = "srm-fixture-log-many-${each.key}"
}

# The log bucket itself: a note at low severity.
resource "aws_s3_bucket" "logs" { # want "low: Bucket aws_s3_bucket.logs .*receives server access logs but does not log its own access"
  bucket = "srm-fixture-log-logs"
}

resource "aws_s3_bucket" "app" {
  bucket = "srm-fixture-log-app"
}

resource "aws_s3_bucket_logging" "app" {
  bucket        = aws_s3_bucket.app.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "app/"
}
