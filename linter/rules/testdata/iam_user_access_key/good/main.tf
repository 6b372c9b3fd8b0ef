provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

# An inactive key cannot authenticate.
resource "aws_iam_access_key" "retired" {
  user   = aws_iam_user.ci.name
  status = "Inactive"
}
