# Planned against prior.tfstate.json, the buckets as they exist now.
provider "aws" {
  region = "us-east-1"
}

# Deleted: force_destroy = true empties it first.
removed { # want "high: The plan will delete bucket aws_s3_bucket.scratch \(\"srm-fixture-loss-scratch\"\), which has force_destroy = true"
  from = aws_s3_bucket.scratch
  lifecycle {
    destroy = true
  }
}

# Renamed, so replaced; versioning on (read from the bucket).
resource "aws_s3_bucket" "archive" { # want "The plan will replace \(destroy, then create again\) versioned bucket aws_s3_bucket.archive \(\"srm-fixture-loss-archive-old\"\)"
  bucket = "srm-fixture-loss-archive-new"
}

# Renamed; versioning from the split resource (replaced with it).
resource "aws_s3_bucket" "split" { # want "replace \(destroy, then create again\) versioned bucket aws_s3_bucket.split \(\"srm-fixture-loss-split-old\"\)"
  bucket = "srm-fixture-loss-split-new"
}

resource "aws_s3_bucket_versioning" "split" {
  bucket = aws_s3_bucket.split.id
  versioning_configuration {
    status = "Enabled"
  }
}
