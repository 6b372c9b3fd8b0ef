# The same with basic event selectors: ReadOnly and WriteOnly together
# record every management event.
provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = "srm-fixture-ct1-split"
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "ReadOnly"
    include_management_events = true
  }

  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = true
  }
}
