provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-s322-logs"
  is_multi_region_trail = true
}

# Advanced selectors: object writes of every bucket in one selector, reads
# in another.
resource "aws_cloudtrail" "data" {
  name                  = "s3-data"
  s3_bucket_name        = "srm-fixture-s322-logs"
  is_multi_region_trail = true

  advanced_event_selector {
    name = "S3 object writes"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }

  advanced_event_selector {
    name = "S3 object reads"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}
