# Tag keys with dots (kubernetes.io/..., team.name) are common; guardrail
# scopes and the classification tag must read them as one key.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "payments" {
  bucket = "srm-dotted-payments"
  tags = {
    "team.name"           = "payments"
    "data.classification" = "confidential"
  }
}

resource "aws_s3_bucket" "web" {
  bucket = "srm-dotted-web"
  tags = {
    "team.name" = "web"
  }
}
