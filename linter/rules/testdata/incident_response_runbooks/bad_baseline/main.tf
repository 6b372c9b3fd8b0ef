terraform {
  required_providers {
    srm = { source = "srmguard/srm" }
  }
}

# The account baseline: monitoring has an owner without a runbook, and
# nobody owns identity and access management.
# want-unlocated "medium: No srm_control_owner with a runbook_url covers the critical control area identity_access_management"
# want-unlocated "medium: No srm_control_owner with a runbook_url covers the critical control area key_management"

resource "srm_control_owner" "monitoring" { # want "medium: Control owner srm_control_owner.monitoring owns the critical control area logging_monitoring_config but has no runbook_url"
  control_area = "logging_monitoring_config"
  team         = "security-operations"
  contact      = "#secops"
}

# An owner of one service's keys says nothing about the critical areas.
resource "srm_control_owner" "kms" {
  service     = "KMS"
  team        = "crypto"
  runbook_url = "https://wiki.example.com/runbooks/kms"
}
