# Planned against prior.tfstate.json, the buckets as they exist now.
provider "aws" {
  region = "us-east-1"
}

# Deleted, but unversioned and without force_destroy: S3 refuses to delete
# it while it holds objects.
removed {
  from = aws_s3_bucket.tmp
  lifecycle {
    destroy = true
  }
}

# force_destroy, but only updated in place.
resource "aws_s3_bucket" "kept" {
  bucket        = "srm-fixture-loss-good-kept"
  force_destroy = true
  tags = {
    Team = "data"
  }
}
