variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_cloudtrail" "this" {
  name                  = var.name
  s3_bucket_name        = aws_s3_bucket.this.id
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true
  }
}
