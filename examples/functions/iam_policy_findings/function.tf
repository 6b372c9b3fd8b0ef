terraform {
  required_version = ">= 1.8.0"
  required_providers {
    srm = {
      source = "srmguard/srm"
    }
  }
}

variable "policy_json" {
  type        = string
  description = "An IAM policy the module attaches to its role."
}

resource "terraform_data" "role_policy" {
  input = var.policy_json

  lifecycle {
    precondition {
      condition     = length([for f in provider::srm::iam_policy_findings(var.policy_json) : f if contains(["critical", "high"], f.severity)]) == 0
      error_message = join("\n", [for f in provider::srm::iam_policy_findings(var.policy_json) : "${f.check}: ${f.message}"])
    }
  }
}
