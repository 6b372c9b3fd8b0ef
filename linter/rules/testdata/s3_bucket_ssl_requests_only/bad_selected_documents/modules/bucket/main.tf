variable "name" {
  type = string
}

variable "enabled" {
  type    = bool
  default = true
}

variable "allow_ssl_requests_only" {
  type    = bool
  default = false
}

variable "allow_encrypted_uploads_only" {
  type    = bool
  default = false
}

variable "source_policy_documents" {
  type    = list(string)
  default = []
}

resource "aws_s3_bucket" "default" {
  count  = var.enabled ? 1 : 0
  bucket = var.name
}

data "aws_iam_policy_document" "deny_insecure_transport" {
  count = var.enabled && var.allow_ssl_requests_only ? 1 : 0
  statement {
    sid       = "ForceSSLOnlyAccess"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.default[0].arn, "${aws_s3_bucket.default[0].arn}/*"]
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

data "aws_iam_policy_document" "deny_unencrypted_uploads" {
  count = var.enabled && var.allow_encrypted_uploads_only ? 1 : 0
  statement {
    sid       = "DenyIncorrectEncryptionHeader"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.default[0].arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "s3:x-amz-server-side-encryption"
      values   = ["aws:kms"]
    }
  }
}

data "aws_iam_policy_document" "owner_read" {
  count = var.enabled ? 1 : 0
  statement {
    sid       = "OwnerRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.default[0].arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

data "aws_iam_policy_document" "aggregated_policy" {
  count = var.enabled ? 1 : 0
  source_policy_documents = compact(concat([
    var.allow_ssl_requests_only ? one(data.aws_iam_policy_document.deny_insecure_transport[*].json) : "",
    var.allow_encrypted_uploads_only ? one(data.aws_iam_policy_document.deny_unencrypted_uploads[*].json) : "",
    one(data.aws_iam_policy_document.owner_read[*].json),
  ], var.source_policy_documents))
}

resource "aws_s3_bucket_policy" "default" {
  count  = var.enabled ? 1 : 0
  bucket = aws_s3_bucket.default[0].id
  policy = one(data.aws_iam_policy_document.aggregated_policy[*].json) # want "medium: The policy of bucket module.plain.aws_s3_bucket.default\[0\] \(\"srm-fixture-sel-plain\"\) does not deny requests over plain HTTP"
}
