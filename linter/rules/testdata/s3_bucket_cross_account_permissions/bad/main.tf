provider "aws" {
  region = "us-east-1"
}

data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "shared" {
  bucket = "srm-fixture-xacct-shared"
}

# Another account may rewrite the bucket policy.
data "aws_iam_policy_document" "shared" {
  statement {
    sid       = "PartnerAdmin"
    actions   = ["s3:GetObject", "s3:PutBucketPolicy"]
    resources = [aws_s3_bucket.shared.arn, "${aws_s3_bucket.shared.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root", "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/admin"]
    }
  }
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = data.aws_iam_policy_document.shared.json # want "high: The policy of bucket aws_s3_bucket.shared .*statement 0 \(\"PartnerAdmin\"\), allows s3:PutBucketPolicy to arn:aws:iam::111122223333:root, outside the bucket owner's account"
}

# Everyone may change object ACLs (s3:Put* includes s3:PutObjectAcl);
# aws:SecureTransport does not restrict who.
resource "aws_s3_bucket_policy" "wild" {
  bucket = "srm-fixture-xacct-wild"
  policy = jsonencode({ # want "allows s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl to \*"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:Put*"
      Resource  = ["arn:aws:s3:::srm-fixture-xacct-wild", "arn:aws:s3:::srm-fixture-xacct-wild/*"]
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

# Allow with NotPrincipal: everyone but one role, in the deprecated inline
# policy argument.
resource "aws_s3_bucket" "legacy" {
  bucket = "srm-fixture-xacct-legacy"
  policy = jsonencode({ # want "allows s3:DeleteBucketPolicy, .* to everyone except NotPrincipal \[AWS:arn:aws:iam::123456789012:role/ops\]"
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::123456789012:role/ops" }
      Action       = "s3:*"
      Resource     = ["arn:aws:s3:::srm-fixture-xacct-legacy", "arn:aws:s3:::srm-fixture-xacct-legacy/*"]
    }]
  })
}
