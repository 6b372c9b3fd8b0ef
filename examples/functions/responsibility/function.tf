terraform {
  required_version = ">= 1.8.0"
  required_providers {
    srm = {
      source = "srmguard/srm"
    }
  }
}

output "who_patches_rds" {
  # "shared": AWS performs the OS maintenance, the customer controls the
  # maintenance window and deferral.
  value = provider::srm::responsibility("RDS", "guest_os_patching")
}
