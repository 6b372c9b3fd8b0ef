variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

data "aws_iam_policy_document" "this" {
  statement {
    sid       = "Everyone"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.this.json
}

output "bucket" {
  value = aws_s3_bucket.this.id
}
