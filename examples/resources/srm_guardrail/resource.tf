# No public S3 data in production, anywhere, no exceptions.
resource "srm_guardrail" "no_public_data" {
  name        = "no-public-data"
  description = "S3.2 and S3.3: buckets are never public in production."
  controls    = ["S3.2", "S3.3"]
  enforcement = "locked"
  scope = {
    tags = { Environment = "prod*" }
  }
}

# Everything srmlint maps to CIS v3.0.0 blocks in the payments modules,
# unless waived.
resource "srm_guardrail" "cis_payments" {
  name         = "cis-payments"
  frameworks   = ["cis_v3.0.0"]
  min_severity = "medium"
  enforcement  = "mandatory"
  scope = {
    modules = ["module.payments*"]
  }
}

# Logging rules are reported but never block.
resource "srm_guardrail" "logging_advisory" {
  name        = "logging-advisory"
  services    = ["CloudTrail", "CloudWatch"]
  enforcement = "advisory"
}
