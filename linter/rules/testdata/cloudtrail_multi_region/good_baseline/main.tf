provider "aws" {
  region = "us-east-1"
}

module "trail" {
  source = "./modules/trail"
  name   = "srm-fixture-ct1-baseline-good"
}
