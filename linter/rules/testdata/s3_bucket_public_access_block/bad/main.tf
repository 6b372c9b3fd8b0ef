provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-bpa-data"
}

# Declaring the block replaces S3's secure defaults: the false flag and the
# omitted restrict_public_buckets both leave public access possible.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls   = false # want "aws_s3_bucket.data .*block_public_acls = false, restrict_public_buckets omitted"
  block_public_policy = true
  ignore_public_acls  = true
}

# count instances: each block links to the bucket with the same index.
resource "aws_s3_bucket" "logs" {
  count  = 2
  bucket = "srm-fixture-bpa-logs-${count.index}"
}

resource "aws_s3_bucket_public_access_block" "logs" { # want "aws_s3_bucket.logs\[0\] .*ignore_public_acls omitted" "aws_s3_bucket.logs\[1\] .*ignore_public_acls omitted"
  count  = 2
  bucket = aws_s3_bucket.logs[count.index].id

  block_public_acls       = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# for_each over a child module.
module "team" {
  source   = "./modules/bucket"
  for_each = toset(["alpha", "beta"])
  name     = "srm-fixture-bpa-${each.key}"
}
