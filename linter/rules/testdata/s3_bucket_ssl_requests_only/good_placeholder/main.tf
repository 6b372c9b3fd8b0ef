# terraform-aws-modules/s3-bucket writes its policy statements with
# placeholders ("_S3_BUCKET_ARN_") and replaces them in a local with the
# bucket's ARN, known only after apply. The deny-HTTP statement covers the
# bucket and its objects once the placeholders are replaced.
provider "aws" {
  region = "us-east-1"
}

module "log_bucket" {
  source                                = "./modules/bucket"
  bucket                                = "srm-fixture-placeholder-logs"
  attach_deny_insecure_transport_policy = true
}
