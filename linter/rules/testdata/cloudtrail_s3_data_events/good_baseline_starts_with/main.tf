# resources.ARN starts_with values are ORed: "arn:aws:s3:::" among them
# selects every bucket.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "t5" {
  name = "trail-t5"
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
      field       = "resources.ARN"
      starts_with = ["arn:aws:s3:::some-bucket/", "arn:aws:s3:::"]
    }
  }
}
