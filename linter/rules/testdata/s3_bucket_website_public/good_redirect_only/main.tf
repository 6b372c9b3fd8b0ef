# A website configuration that redirects every request serves no object:
# the public policy is s3_bucket_public_read's business, not this rule's.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "b" { bucket = "w5-site" }
resource "aws_s3_bucket_website_configuration" "w" {
  bucket = aws_s3_bucket.b.id
  redirect_all_requests_to {
    host_name = "example.com"
    protocol = "https"
  }
}
data "aws_iam_policy_document" "p" {
  statement {
    principals {
      type = "*"
      identifiers = ["*"]
    }
    actions = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.b.arn}/*"]
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.p.json
}

