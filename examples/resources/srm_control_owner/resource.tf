# The data platform team owns encryption at rest for S3 (a shared cell:
# AWS encrypts by default, you choose keys and enforce them).
resource "srm_control_owner" "s3_encryption" {
  service      = "S3"
  control_area = "encryption_at_rest"
  team         = "team-data-platform"
  contact      = "#data-platform"
  runbook_url  = "https://runbooks.example.com/s3-encryption"
  escalation   = "data-platform-oncall"
  review_date  = "2026-10-01"
}

# Platform security owns identity and access management for every service.
resource "srm_control_owner" "iam" {
  control_area = "identity_access_management"
  team         = "platform-security"
  runbook_url  = "https://runbooks.example.com/iam"
}
