terraform {
  required_version = ">= 1.8.0"
  required_providers {
    srm = {
      source = "srmguard/srm"
    }
  }
}

output "s3_bpa_cis" {
  # ["2.1.4"]
  value = provider::srm::rule_controls("s3_bucket_public_access_block")["cis_v3.0.0"]
}
