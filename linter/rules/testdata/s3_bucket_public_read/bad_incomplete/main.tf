# The bucket policy merges documents through source_policy_documents whose
# value comes from module variables (the terraform-aws-modules/s3-bucket
# pattern): rebuilt at plan time it may lack statements, so whether it denies
# plain HTTP or grants public read is unknown, never a definite answer.
provider "aws" {
  region = "us-east-1"
}

data "aws_iam_policy_document" "public_read" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::srm-repro-incomplete/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

module "bucket" {
  source = "./modules/bucket"
  name   = "srm-repro-incomplete"
  policy = data.aws_iam_policy_document.public_read.json
}
