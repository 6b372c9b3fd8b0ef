variable "bucket" {
  type = string
}

variable "attach_deny_insecure_transport_policy" {
  type    = bool
  default = false
}

data "aws_caller_identity" "current" {}

locals {
  attach_policy = var.attach_deny_insecure_transport_policy

  policy_placeholders = {
    "_S3_BUCKET_ID_"   = try(aws_s3_bucket.this[0].id, null),
    "_S3_BUCKET_ARN_"  = try(aws_s3_bucket.this[0].arn, null),
    "_AWS_ACCOUNT_ID_" = data.aws_caller_identity.current.account_id
  }

  policy = local.attach_policy ? replace(
    replace(
      replace(
        data.aws_iam_policy_document.combined[0].json,
        "_S3_BUCKET_ID_", local.policy_placeholders["_S3_BUCKET_ID_"]
      ),
      "_S3_BUCKET_ARN_", local.policy_placeholders["_S3_BUCKET_ARN_"]
    ),
    "_AWS_ACCOUNT_ID_", local.policy_placeholders["_AWS_ACCOUNT_ID_"]
  ) : ""
}

resource "aws_s3_bucket" "this" {
  count  = 1
  bucket = var.bucket
}

resource "aws_s3_bucket_public_access_block" "this" {
  count                   = 1
  bucket                  = aws_s3_bucket.this[0].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

data "aws_iam_policy_document" "deny_insecure_transport" {
  count = var.attach_deny_insecure_transport_policy ? 1 : 0

  statement {
    sid     = "denyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      "_S3_BUCKET_ARN_",
      "_S3_BUCKET_ARN_/*",
    ]
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
  count = local.attach_policy ? 1 : 0

  source_policy_documents = compact([
    var.attach_deny_insecure_transport_policy ? data.aws_iam_policy_document.deny_insecure_transport[0].json : "",
  ])
}

resource "aws_s3_bucket_policy" "this" {
  count  = local.attach_policy ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  policy = local.policy
}
