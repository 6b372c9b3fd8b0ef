provider "aws" {
  region = "us-east-1"
}

# aws_iam_policy_document merging by Sid. The final JSON is known only after apply (it names a bucket
# created in this plan), so srmlint rebuilds it from the blocks; Terraform/AWS would keep only one
# statement per Sid.
resource "aws_s3_bucket" "data" {
  bucket_prefix = "app-data-"
}

# (a) source_policy_documents: the current document's statement "Main" replaces the source's "Main"
data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Main"
    actions   = ["*"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Main"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
}
resource "aws_iam_policy" "app" {
  name   = "app"
  policy = data.aws_iam_policy_document.app.json
}

# (b) override_policy_documents: the override's "Wide" replaces the current "Wide"
data "aws_iam_policy_document" "narrow" {
  statement {
    sid       = "Wide"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::reports/*"]
  }
}
data "aws_iam_policy_document" "svc" {
  override_policy_documents = [data.aws_iam_policy_document.narrow.json]
  statement {
    sid       = "Wide"
    actions   = ["iam:*"]
    resources = ["*"]
  }
  statement {
    sid       = "Bucket"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
}
resource "aws_iam_policy" "svc" {
  name   = "svc"
  policy = data.aws_iam_policy_document.svc.json
}
