# An advanced selector with readOnly not_equals ["false"] records reads only:
# S3.22 (writes) is missing.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "t1" { # want "medium: No multi-region trail of the account baseline records S3 object-level write"
  name = "trail-t1"
  s3_bucket_name = "logs-bucket-x"
  is_multi_region_trail = true
  advanced_event_selector {
    name = "s3"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field      = "readOnly"
      not_equals = ["false"]
    }
  }
}
