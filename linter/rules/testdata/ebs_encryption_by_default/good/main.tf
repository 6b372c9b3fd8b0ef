provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_encryption_by_default" "explicit" {
  enabled = true
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# enabled defaults to true.
resource "aws_ebs_encryption_by_default" "west" {
  provider = aws.west
}
