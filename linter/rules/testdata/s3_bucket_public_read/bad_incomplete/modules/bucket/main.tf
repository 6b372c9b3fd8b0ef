# A typical module bucket policy (the shape of terraform-aws-modules/s3-bucket's
# data.aws_iam_policy_document.combined, without its local): optional documents merged
# with source_policy_documents = compact([var.flag ? data.x.json : "", var.policy]).
variable "name" {
  type = string
}
variable "attach_deny_insecure_transport_policy" {
  type    = bool
  default = true
}
variable "policy" {
  type    = string
  default = ""
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

data "aws_iam_policy_document" "deny_insecure_transport" {
  statement {
    sid       = "denyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "combined" {
  source_policy_documents = compact([
    var.attach_deny_insecure_transport_policy ? data.aws_iam_policy_document.deny_insecure_transport.json : "",
    var.policy,
  ])
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.combined.json # want "unknown: critical: .*may hold more statements"
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
