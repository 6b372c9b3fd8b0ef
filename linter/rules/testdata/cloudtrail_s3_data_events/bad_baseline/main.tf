provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" { # want "medium: No multi-region trail of the account baseline records S3 object-level write \(S3.22.*\) events for all buckets, and trail aws_cloudtrail.account"
  name                  = "account"
  s3_bucket_name        = "srm-fixture-s322-logs"
  is_multi_region_trail = true

  # Reads of every bucket, but writes are missing.
  event_selector {
    read_write_type = "ReadOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# Writes, but of one bucket only, and in one region.
resource "aws_cloudtrail" "one_bucket" {
  name           = "one-bucket"
  s3_bucket_name = "srm-fixture-s322-logs"

  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::srm-fixture-s322-data/"]
    }
  }
}
