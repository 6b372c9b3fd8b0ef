# Public bucket policies written with jsonencode in resources with for_each
# and count: each instance's policy is rebuilt with its own key, so the
# public grant is found, not left unknown.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "fe" {
  for_each = toset(["srm-fixture-pub-a"])
  bucket   = each.key
}

resource "aws_s3_bucket_policy" "fe" {
  for_each = aws_s3_bucket.fe
  bucket   = aws_s3_bucket.fe[each.key].id
  policy = jsonencode({ # want "critical: .*aws_s3_bucket.fe\[\"srm-fixture-pub-a\"\].*allows s3:GetObject to Principal \"\*\""
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.fe[each.key].arn}/*"
    }]
  })
}

resource "aws_s3_bucket" "cnt" {
  count  = 1
  bucket = "srm-fixture-pub-c${count.index}"
}

resource "aws_s3_bucket_policy" "cnt" {
  count  = 1
  bucket = aws_s3_bucket.cnt[count.index].id
  policy = jsonencode({ # want "critical: .*aws_s3_bucket.cnt\[0\].*allows s3:GetObject to Principal \"\*\""
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.cnt[count.index].arn}/*"
    }]
  })
}
