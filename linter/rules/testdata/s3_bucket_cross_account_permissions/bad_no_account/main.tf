provider "aws" {
  region = "us-east-1"
}

# Without data.aws_caller_identity the plan does not say which account owns
# the bucket, so a grant to an account cannot be judged.
resource "aws_s3_bucket_policy" "acl" {
  bucket = "srm-fixture-xacct-acl"
  policy = jsonencode({ # want "unknown: high: Whether statement 0 of the policy of bucket \"srm-fixture-xacct-acl\", which allows s3:PutObjectAcl to 444455556666, reaches other accounts cannot be decided: the plan does not say which account owns the bucket"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "444455556666" }
      Action    = "s3:PutObjectAcl"
      Resource  = "arn:aws:s3:::srm-fixture-xacct-acl/*"
    }]
  })
}
