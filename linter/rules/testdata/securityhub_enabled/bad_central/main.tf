# Central configuration policies that switch Security Hub off for an OU, or
# run it without standards for another.
provider "aws" {
  region = "us-east-1"
}

resource "aws_securityhub_account" "this" {
  enable_default_standards = false # want "medium: Security Hub is enabled by aws_securityhub_account.this without any security standard"
}

resource "aws_securityhub_organization_configuration" "this" {
  auto_enable           = false
  auto_enable_standards = "NONE"
  organization_configuration {
    configuration_type = "CENTRAL"
  }
  depends_on = [aws_securityhub_account.this]
}

resource "aws_securityhub_configuration_policy" "off" {
  name = "srm-fixture-off"
  configuration_policy {
    service_enabled = false # want "high: Configuration policy aws_securityhub_configuration_policy.off \(service_enabled = false\) turns Security Hub off .*aws_securityhub_configuration_policy_association.sandbox, target ou-abcd-11111111"
  }
  depends_on = [aws_securityhub_organization_configuration.this]
}

resource "aws_securityhub_configuration_policy_association" "sandbox" {
  target_id = "ou-abcd-11111111"
  policy_id = aws_securityhub_configuration_policy.off.id
}

resource "aws_securityhub_configuration_policy" "empty" {
  name = "srm-fixture-empty"
  configuration_policy {
    service_enabled       = true
    enabled_standard_arns = [] # want "medium: Configuration policy aws_securityhub_configuration_policy.empty enables Security Hub without any security standard"
    security_controls_configuration {
      disabled_control_identifiers = []
    }
  }
  depends_on = [aws_securityhub_organization_configuration.this]
}

resource "aws_securityhub_configuration_policy_association" "labs" {
  target_id = "ou-abcd-22222222"
  policy_id = aws_securityhub_configuration_policy.empty.id
}
