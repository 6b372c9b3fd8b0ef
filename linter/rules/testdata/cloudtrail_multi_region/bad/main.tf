provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "trail" {
  bucket = "srm-fixture-ct1-trail"
}

# Management events of one region only.
resource "aws_cloudtrail" "regional" { # want "high: Trail aws_cloudtrail.regional \(\"regional\"\) records management events in its own region only"
  name           = "regional"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# All regions, but only the read half of the management events.
resource "aws_cloudtrail" "reads" {
  count                 = 2
  name                  = "reads-${count.index}"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true

  event_selector { # want "reads-0.*records only Read management events" "reads-1.*records only Read management events"
    read_write_type = "ReadOnly"
  }
}

# An advanced selector that drops KMS and RDS Data API events.
resource "aws_cloudtrail" "filtered" {
  name                  = "filtered"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true

  advanced_event_selector { # want "filtered.*some event sources only"
    name = "management without kms"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
    field_selector {
      field      = "eventSource"
      not_equals = ["kms.amazonaws.com", "rdsdata.amazonaws.com"]
    }
  }
}

# Created with logging off.
resource "aws_cloudtrail" "off" {
  name                  = "off"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
  enable_logging        = false # want "Trail aws_cloudtrail.off .*does not log"
}
