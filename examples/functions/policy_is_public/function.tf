terraform {
  required_version = ">= 1.8.0"
  required_providers {
    srm = {
      source = "srmguard/srm"
    }
  }
}

variable "bucket_policy" {
  type = string
}

check "bucket_policy_not_public" {
  assert {
    condition     = !provider::srm::policy_is_public(var.bucket_policy)
    error_message = "The bucket policy grants access to everyone; restrict it with aws:PrincipalOrgID or aws:SourceVpce."
  }
}
