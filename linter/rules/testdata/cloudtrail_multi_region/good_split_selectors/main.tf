# CloudTrail logs an event that any selector matches: one advanced selector
# for the read management events and one for the write ones record them all.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-ct1-split"
  is_multi_region_trail = true

  advanced_event_selector {
    name = "Management reads"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }

  advanced_event_selector {
    name = "Management writes"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}
