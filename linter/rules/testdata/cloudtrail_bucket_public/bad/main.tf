provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "trail" {
  bucket = "srm-fixture-ct6-trail"
}

resource "aws_s3_bucket_ownership_controls" "trail" {
  bucket = aws_s3_bucket.trail.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "trail" {
  bucket     = aws_s3_bucket.trail.id
  acl        = "public-read"
  depends_on = [aws_s3_bucket_ownership_controls.trail]
}

resource "aws_cloudtrail" "account" {
  name                  = "account"
  s3_bucket_name        = aws_s3_bucket.trail.id # want "critical: Trail aws_cloudtrail.account \(\"account\"\) delivers its logs to bucket aws_s3_bucket.trail \(\"srm-fixture-ct6-trail\"\), which is public: aws_s3_bucket_acl.trail: acl = \"public-read\" grants access to everyone"
  is_multi_region_trail = true
}

# The bucket comes from a module; its policy lets everyone read.
module "logs" {
  source = "./modules/logs"
  name   = "srm-fixture-ct6-module"
}

resource "aws_cloudtrail" "team" {
  name           = "team"
  s3_bucket_name = module.logs.bucket # want "Trail aws_cloudtrail.team .*module.logs.aws_s3_bucket.this .*allows s3:GetObject to Principal \"\*\""
}
