# Selectors add up, but these still miss management events.
provider "aws" {
  region = "us-east-1"
}

# Reads from every source, writes from all but KMS.
resource "aws_cloudtrail" "basic" {
  name                  = "basic"
  s3_bucket_name        = "srm-fixture-ct1-split"
  is_multi_region_trail = true

  event_selector {
    read_write_type = "ReadOnly"
  }

  event_selector { # want "basic.*records only Write management events .* and excludes the management events of kms.amazonaws.com"
    read_write_type                  = "WriteOnly"
    exclude_management_event_sources = ["kms.amazonaws.com"]
  }
}

# The same with advanced selectors.
resource "aws_cloudtrail" "advanced" {
  name                  = "advanced"
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

  advanced_event_selector { # want "advanced.*readOnly = false and records the management events of some event sources only"
    name = "Management writes but KMS"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
    field_selector {
      field      = "eventSource"
      not_equals = ["kms.amazonaws.com"]
    }
  }
}

# Two read selectors: no write event is recorded.
resource "aws_cloudtrail" "reads" {
  name                  = "reads"
  s3_bucket_name        = "srm-fixture-ct1-split"
  is_multi_region_trail = true

  event_selector { # want "reads.*records only Read management events"
    read_write_type = "ReadOnly"
  }

  event_selector {
    read_write_type = "ReadOnly"
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }
  }
}
