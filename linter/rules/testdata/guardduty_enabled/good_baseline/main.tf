provider "aws" {
  region = "us-east-1"
}

module "detection" {
  source = "./modules/detection"
}
