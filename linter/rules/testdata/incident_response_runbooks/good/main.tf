terraform {
  required_providers {
    srm = { source = "srmguard/srm" }
  }
}

# Not the account baseline: ownership is codified once, elsewhere.
resource "srm_control_owner" "monitoring" {
  control_area = "logging_monitoring_config"
  team         = "security-operations"
}
