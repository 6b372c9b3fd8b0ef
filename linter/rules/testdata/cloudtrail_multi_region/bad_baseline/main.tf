provider "aws" {
  region = "us-east-1"
}

# The account baseline, but the only trail records data events, not
# management events.
# want-unlocated "high: The account baseline has no CloudTrail trail that records management events"

resource "aws_s3_bucket" "trail" {
  bucket = "srm-fixture-ct1-baseline"
}

resource "aws_cloudtrail" "data" {
  name                  = "s3-data"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true

  event_selector {
    include_management_events = false
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
