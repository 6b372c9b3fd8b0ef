# Planned against prior.tfstate.json: encryption by default is on today.
provider "aws" {
  region = "us-east-1"
}

removed { # want "medium: The plan deletes aws_ebs_encryption_by_default.old, which turns EBS encryption by default off in us-east-1"
  from = aws_ebs_encryption_by_default.old
  lifecycle {
    destroy = true
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_ebs_encryption_by_default" "west" {
  provider = aws.west
  enabled  = false # want "aws_ebs_encryption_by_default.west sets enabled = false, which turns EBS encryption by default off in us-west-2"
}
