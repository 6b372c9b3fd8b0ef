# Bucket policies aggregated from documents chosen by input variables, as
# cloudposse/terraform-aws-s3-bucket builds them: source_policy_documents =
# compact([var.allow_ssl_requests_only ? one(data...[*].json) : "", ...]).
# The documents' JSON is known only after apply (they name the bucket's
# ARN); which of them the list holds is known at plan time.
provider "aws" {
  region = "us-east-1"
}

module "tls" {
  source                  = "./modules/bucket"
  name                    = "srm-fixture-sel-tls"
  allow_ssl_requests_only = true
}

module "plain" {
  source                  = "./modules/bucket"
  name                    = "srm-fixture-sel-plain"
  allow_ssl_requests_only = false
}
