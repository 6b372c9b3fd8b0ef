resource "srm_guardrail" "baseline" {
  name        = "baseline"
  services    = ["S3"]
  enforcement = "mandatory"
}

# The marketing site's bucket is public on purpose, until the CDN migration.
resource "srm_waiver" "marketing_site" {
  rule          = "s3_bucket_public_read"
  resource      = "module.marketing_site.aws_s3_bucket_policy.site"
  justification = "Static marketing site served from S3 until the CloudFront migration (WEB-142)."
  approver      = "security-review@example.com"
  expires_on    = "2027-03-31"
  guardrail     = srm_guardrail.baseline.name
}
