provider "aws" {
  region = "us-east-1"
}

# 1. Canned ACL on the split resource, with ACLs enabled and BPA turned off.
resource "aws_s3_bucket" "website" {
  bucket = "srm-fixture-read-website"
}

resource "aws_s3_bucket_ownership_controls" "website" {
  bucket = aws_s3_bucket.website.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_public_access_block" "website" {
  bucket                  = aws_s3_bucket.website.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_acl" "website" {
  depends_on = [aws_s3_bucket_ownership_controls.website]
  bucket     = aws_s3_bucket.website.id
  acl        = "public-read" # want "aws_s3_bucket.website .*publicly readable: acl = \"public-read\" grants access to everyone"
}

# 2. A bucket policy from aws_iam_policy_document: its JSON is known only
# after apply (it names the new bucket's ARN), the principal is not.
resource "aws_s3_bucket" "assets" {
  bucket = "srm-fixture-read-assets"
}

data "aws_iam_policy_document" "assets" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets.json # want "aws_s3_bucket.assets .*statement 0 \(\"PublicRead\"\), allows s3:GetObject to Principal \"\*\""
}

# 3. {"AWS": "*"} with a condition that says how, not who.
resource "aws_s3_bucket" "reports" {
  bucket = "srm-fixture-read-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({ # want "srm-fixture-read-reports.*allows s3:Get\* to Principal"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:Get*"]
      Resource  = "arn:aws:s3:::srm-fixture-read-reports/*"
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

# 4. Allow with NotPrincipal: everyone except one role.
resource "aws_s3_bucket_policy" "shared" {
  bucket = "srm-fixture-read-shared"
  policy = jsonencode({ # want "\"srm-fixture-read-shared\" is publicly readable: .*everyone except NotPrincipal"
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::123456789012:role/auditor" }
      Action       = "s3:ListBucket"
      Resource     = "arn:aws:s3:::srm-fixture-read-shared"
    }]
  })
}

# 5. Deprecated inline ACL and grant on aws_s3_bucket, in a for_each.
resource "aws_s3_bucket" "legacy" {
  for_each = toset(["a", "b"])
  bucket   = "srm-fixture-read-legacy-${each.key}"

  grant { # want "aws_s3_bucket.legacy\[\"a\"\] .*gives READ to AllUsers" "aws_s3_bucket.legacy\[\"b\"\] .*gives READ to AllUsers"
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
    permissions = ["READ"]
  }
  grant {
    type        = "CanonicalUser"
    id          = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    permissions = ["FULL_CONTROL"]
  }
}

# 6. An explicit grant to AuthenticatedUsers (any AWS account).
resource "aws_s3_bucket_acl" "partners" {
  bucket = "srm-fixture-read-partners"
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      permission = "READ"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # want "grants READ to AuthenticatedUsers \(any AWS account\)"
      }
    }
  }
}
