# Planned against prior.tfstate.json, the keys as they exist now.
provider "aws" {
  region = "us-east-1"
}

removed { # want "critical: The plan will delete KMS key aws_kms_key.old, which schedules the key's deletion: after 7 days it is gone for good"
  from = aws_kms_key.old
  lifecycle {
    destroy = true
  }
}

# A new key spec forces a new key: the old one is scheduled for deletion.
resource "aws_kms_key" "signing" { # want "The plan will replace KMS key aws_kms_key.signing, which schedules the key's deletion: after 30 days"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}
