provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-bpa-good-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A new bucket without a public access block gets S3's secure defaults
# (all four settings on since April 2023): nothing to report.
resource "aws_s3_bucket" "scratch" {
  bucket = "srm-fixture-bpa-good-scratch"
}

module "team" {
  source   = "./modules/bucket"
  for_each = toset(["alpha", "beta"])
  name     = "srm-fixture-bpa-good-${each.key}"
}
