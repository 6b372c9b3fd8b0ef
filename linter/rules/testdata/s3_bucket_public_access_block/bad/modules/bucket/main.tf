variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket = aws_s3_bucket.this.id

  block_public_acls       = true
  block_public_policy     = false # want "module.team\[\"alpha\"\].aws_s3_bucket.this .*block_public_policy = false" "module.team\[\"beta\"\].aws_s3_bucket.this .*block_public_policy = false"
  ignore_public_acls      = true
  restrict_public_buckets = true
}
