# Lint a plan produced earlier in the pipeline:
#   terraform plan -out tfplan && terraform show -json tfplan > plan.json
data "srm_plan_findings" "workload" {
  plan_json = file("${path.module}/plan.json")
  fail_on   = "high"
}

check "no_blocking_findings" {
  assert {
    condition     = data.srm_plan_findings.workload.passed
    error_message = join("\n", [for f in data.srm_plan_findings.workload.findings : "${f.severity} ${f.rule_id} ${f.address}: ${f.message}" if f.blocking])
  }
}
