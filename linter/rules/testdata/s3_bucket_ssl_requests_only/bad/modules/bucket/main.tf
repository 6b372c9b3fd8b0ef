variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" { # want "module.buckets\[0\].aws_s3_bucket.this .*has no bucket policy" "module.buckets\[1\].aws_s3_bucket.this .*has no bucket policy"
  bucket = var.name
}
