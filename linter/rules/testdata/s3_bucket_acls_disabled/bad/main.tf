provider "aws" {
  region = "us-east-1"
}

# ACLs enabled by object ownership.
resource "aws_s3_bucket" "preferred" {
  bucket = "srm-fixture-acl-preferred"
}

resource "aws_s3_bucket_ownership_controls" "preferred" {
  bucket = aws_s3_bucket.preferred.id
  rule {
    object_ownership = "BucketOwnerPreferred" # want "medium: Bucket aws_s3_bucket.preferred .*has ACLs enabled \(object_ownership = \"BucketOwnerPreferred\"\)"
  }
}

resource "aws_s3_bucket_ownership_controls" "writer" {
  bucket = "srm-fixture-acl-writer"
  rule {
    object_ownership = "ObjectWriter" # want "\"srm-fixture-acl-writer\" has ACLs enabled \(object_ownership = \"ObjectWriter\"\)"
  }
}

# An ACL resource on an existing bucket whose ownership the plan does not set.
resource "aws_s3_bucket_acl" "logs" {
  bucket = "srm-fixture-acl-logs"
  acl    = "log-delivery-write" # want "\"srm-fixture-acl-logs\" is managed with ACLs \(aws_s3_bucket_acl.logs\)"
}

# Explicit grants to another canonical user.
resource "aws_s3_bucket_acl" "partner" {
  bucket = "srm-fixture-acl-partner"
  access_control_policy { # want "\"srm-fixture-acl-partner\" is managed with ACLs \(aws_s3_bucket_acl.partner\)"
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
    grant {
      permission = "READ"
      grantee {
        type = "CanonicalUser"
        id   = "be2fe74dc8122f5d8e8f96d89d9f9d6e0a9a7ce9b2ff1e0f2e2d3e4f5a6b7c8d"
      }
    }
  }
}

# The deprecated inline canned ACL.
resource "aws_s3_bucket" "inline" {
  bucket = "srm-fixture-acl-inline"
  acl    = "public-read" # want "aws_s3_bucket.inline .*is managed with ACLs \(the deprecated inline acl argument\)"
}
