# Guardrails as code: the same insecure buckets as examples/plans/insecure,
# with the platform team's srm_* records in the same configuration.
#
#   srmlint check plan.json
#
# reports the public-write ACL as blocked by a locked guardrail (the waiver
# cannot lift it), the public website policy as waived (with approver and
# expiry), and every finding with its owning team.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
    srm = { source = "srmguard/srm" }
  }
}

provider "aws" {
  region = "us-east-1"
}

resource "srm_guardrail" "no_public_write" {
  name        = "no-public-write"
  description = "S3.3: nobody outside the company writes to our buckets."
  controls    = ["S3.3"]
  enforcement = "locked"
}

resource "srm_guardrail" "s3_baseline" {
  name         = "s3-baseline"
  services     = ["S3"]
  min_severity = "medium"
  enforcement  = "mandatory"
}

resource "srm_control_owner" "s3_access" {
  service      = "S3"
  control_area = "identity_access_management"
  team         = "team-storage"
  contact      = "#storage"
  runbook_url  = "https://runbooks.example.com/s3-public-access"
}

resource "srm_waiver" "site_public_read" {
  rule          = "s3_bucket_public_read"
  resource      = "aws_s3_bucket_policy.site"
  justification = "Static marketing site; moves behind CloudFront in WEB-142."
  approver      = "security-review@example.com"
  expires_on    = "2099-03-31"
  guardrail     = srm_guardrail.s3_baseline.name
}

# An exception nobody should grant: the locked guardrail overrides it.
resource "srm_waiver" "logs_public_write" {
  rule          = "s3_bucket_public_write"
  resource      = "aws_s3_bucket_acl.logs"
  justification = "Vendor uploads logs anonymously."
  approver      = "someone@example.com"
  expires_on    = "2099-01-31"
}

resource "aws_s3_bucket" "site" {
  bucket = "srm-example-governed-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

data "aws_iam_policy_document" "site" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.site.json
}

resource "aws_s3_bucket" "logs" {
  bucket = "srm-example-governed-logs"
}

resource "aws_s3_bucket_ownership_controls" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "logs" {
  depends_on = [aws_s3_bucket_ownership_controls.logs]
  bucket     = aws_s3_bucket.logs.id
  acl        = "public-read-write"
}
