terraform {
  required_version = ">= 1.8.0"
  required_providers {
    srm = {
      source = "srmguard/srm"
    }
  }
}

output "who_patches_rds" {
  # "aws": RDS is a container service; AWS patches the OS and engine.
  value = provider::srm::responsibility("RDS", "guest_os_patching")
}
