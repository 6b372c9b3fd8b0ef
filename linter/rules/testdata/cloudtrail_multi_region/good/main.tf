provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "trail" {
  bucket = "srm-fixture-ct1-good"
}

# The account trail: all regions, every management event (advanced selector).
resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true

  advanced_event_selector {
    name = "all management events"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }
}

# With the account trail above, extra single-region trails are fine.
resource "aws_cloudtrail" "regional" {
  name           = "regional"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "data" {
  name           = "data"
  s3_bucket_name = aws_s3_bucket.trail.id

  event_selector {
    include_management_events = false
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }
  }
}
