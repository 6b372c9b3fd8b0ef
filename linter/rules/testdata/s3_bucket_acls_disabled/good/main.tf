provider "aws" {
  region = "us-east-1"
}

# A new bucket without ownership controls: S3 disables ACLs by default.
resource "aws_s3_bucket" "default" {
  bucket = "srm-fixture-acl-good-default"
}

resource "aws_s3_bucket" "enforced" {
  for_each = toset(["a", "b"])
  bucket   = "srm-fixture-acl-good-enforced-${each.key}"
}

resource "aws_s3_bucket_ownership_controls" "enforced" {
  for_each = aws_s3_bucket.enforced
  bucket   = each.value.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# A private canned ACL, and an explicit ACL that grants only the owner.
resource "aws_s3_bucket_acl" "private" {
  bucket = "srm-fixture-acl-good-private"
  acl    = "private"
}

resource "aws_s3_bucket_acl" "owner" {
  bucket = "srm-fixture-acl-good-owner"
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      permission = "FULL_CONTROL"
      grantee {
        type = "CanonicalUser"
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
      }
    }
  }
}
