provider "aws" {
  region = "us-east-1"
}

# Not the account baseline: a workload plan without contacts proves nothing.
resource "aws_s3_bucket" "data" {
  bucket = "srm-fixture-contact-workload"
}
