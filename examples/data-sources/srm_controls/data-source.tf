# The rules that implement CIS AWS Foundations Benchmark v3.0.0 controls.
data "srm_controls" "cis" {
  framework = "cis_v3.0.0"
}

# Critical S3 rules, for a guardrail.
data "srm_controls" "s3_critical" {
  service      = "S3"
  min_severity = "critical"
}

resource "srm_guardrail" "s3_critical" {
  name        = "s3-critical"
  rules       = data.srm_controls.s3_critical.rule_ids
  enforcement = "locked"
}
