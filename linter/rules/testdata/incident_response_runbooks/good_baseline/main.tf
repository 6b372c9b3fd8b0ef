terraform {
  required_providers {
    srm = { source = "srmguard/srm" }
  }
}

resource "srm_control_owner" "monitoring" {
  control_area = "logging_monitoring_config"
  team         = "security-operations"
  runbook_url  = "https://wiki.example.com/runbooks/logging-stopped"
}

# One service's owner of the area, with a runbook, covers it.
resource "srm_control_owner" "s3_access" {
  service      = "S3"
  control_area = "identity_access_management"
  team         = "platform-security"
  runbook_url  = "https://wiki.example.com/runbooks/public-data"
}

resource "srm_control_owner" "keys" {
  control_area = "key_management"
  team         = "platform-security"
  runbook_url  = "https://wiki.example.com/runbooks/key-deletion"
}
