# Check the live account-level settings of the account and region that the
# AWS SDK's default chain resolves (AWS_PROFILE, AWS_REGION, ...).
data "srm_account_posture" "this" {
  region  = "eu-west-1"
  fail_on = "high"
}

output "posture_findings" {
  value = [for f in data.srm_account_posture.this.findings : "${f.severity} ${f.rule_id} ${f.address}"]
}

# Settings the reading identity could not read (e.g. access denied).
output "posture_unverified" {
  value = data.srm_account_posture.this.unverified
}

check "account_baseline" {
  assert {
    condition     = data.srm_account_posture.this.passed
    error_message = "The account's security baseline has blocking findings; run srmlint posture for details."
  }
}
