provider "aws" {
  region = "us-east-1"
}

# Allow with NotPrincipal gives everyone else the access, anonymous callers
# included; here the deprecated inline policy argument.
resource "aws_s3_bucket" "shared" {
  bucket = "srm-fixture-write-np-shared"
  policy = jsonencode({ # want "aws_s3_bucket.shared \(\"srm-fixture-write-np-shared\"\) is publicly writable: its inline policy, statement 0, allows s3:Delete\* to everyone except NotPrincipal"
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = ["arn:aws:iam::123456789012:role/auditor"] }
      Action       = "s3:Delete*"
      Resource     = "arn:aws:s3:::srm-fixture-write-np-shared/*"
    }]
  })
}
