# Bucket policies written with jsonencode in resources with for_each and
# count, naming their own instance's bucket (aws_s3_bucket.b[each.key].arn):
# only the ARN is known after apply; each.key and count.index are known, so
# each instance's policy is rebuilt and judged (TLS denied, nothing public).
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "fe" {
  for_each = toset(["srm-fixture-inst-a", "srm-fixture-inst-b"])
  bucket   = each.key
}

resource "aws_s3_bucket_policy" "fe" {
  for_each = aws_s3_bucket.fe
  bucket   = aws_s3_bucket.fe[each.key].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Org"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.fe[each.key].arn}/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
      },
      {
        Sid       = "DenyHTTP"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.fe[each.key].arn, "${aws_s3_bucket.fe[each.key].arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

resource "aws_s3_bucket" "cnt" {
  count  = 2
  bucket = "srm-fixture-inst-c${count.index}"
}

resource "aws_s3_bucket_policy" "cnt" {
  count  = 2
  bucket = aws_s3_bucket.cnt[count.index].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyHTTP"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.cnt[count.index].arn, "${aws_s3_bucket.cnt[count.index].arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
