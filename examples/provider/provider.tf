terraform {
  required_version = ">= 1.8.0"
  required_providers {
    srm = {
      source = "srmguard/srm"
    }
  }
}

# The provider has no settings: its data is embedded and its resources are
# records in state.
provider "srm" {}
