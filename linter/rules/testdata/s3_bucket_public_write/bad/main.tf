provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "srm-fixture-write-uploads"
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  acl    = "public-read-write" # want "aws_s3_bucket.uploads .*publicly writable: acl = \"public-read-write\""
}

resource "aws_s3_bucket" "dropbox" {
  bucket = "srm-fixture-write-dropbox"
}

data "aws_iam_policy_document" "dropbox" {
  statement {
    sid       = "AnyoneCanUpload"
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["${aws_s3_bucket.dropbox.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    # aws:SecureTransport says how, not who.
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_s3_bucket_policy" "dropbox" {
  bucket = aws_s3_bucket.dropbox.id
  policy = data.aws_iam_policy_document.dropbox.json # want "aws_s3_bucket.dropbox .*publicly writable: .*\"AnyoneCanUpload\"\), allows s3:PutObject, s3:PutObjectAcl to Principal"
}

# A wildcard action with a wildcard "condition" that restricts nothing.
resource "aws_s3_bucket_policy" "wild" {
  bucket = "srm-fixture-write-wild"
  policy = jsonencode({ # want "\"srm-fixture-write-wild\" is publicly writable: .*allows s3:\* to"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::srm-fixture-write-wild/*"
      Condition = { StringLike = { "aws:PrincipalOrgID" = "*" } }
    }]
  })
}

resource "aws_s3_bucket_acl" "grant" {
  bucket = "srm-fixture-write-grant"
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      permission = "WRITE"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # want "grants WRITE to AllUsers"
      }
    }
  }
}
