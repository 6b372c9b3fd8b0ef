variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" { # want "Bucket module.ibuckets\[\"b\"\].aws_s3_bucket.this \(\"srm-fixture-ver-mod-ib\"\) is not versioned"
  bucket = var.name
}

resource "aws_kms_key" "this" {
  description         = "not a bucket: an output the linker must skip"
  enable_key_rotation = true
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}

output "key_arn" {
  value = aws_kms_key.this.arn
}
