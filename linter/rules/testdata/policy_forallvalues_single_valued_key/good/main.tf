provider "aws" {
  region = "us-east-1"
}

# ForAllValues on a multivalued key; single-valued keys without it.
resource "aws_iam_policy" "tags" {
  name = "tags"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "ec2:CreateTags"
      Resource = "*"
      Condition = {
        "ForAllValues:StringEquals" = { "aws:TagKeys" = ["team", "env"] }
        StringEquals                = { "aws:RequestedRegion" = "us-east-1" }
      }
    }]
  })
}
