# Policies written with jsonencode whose JSON is known only after apply (they
# name resources this plan creates): srmlint rebuilds them from the .tf
# source, each resource reference standing for one specific value.
provider "aws" {
  region = "us-east-1"
}

variable "extra_resources" {
  type    = list(string)
  default = ["arn:aws:s3:::srm-fixture-extra/*"]
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "srm-fixture-jsonencode-artifacts"
}

resource "aws_iam_role" "deployer" { # want "Role aws_iam_role.deployer \(\"deployer\"\) can raise its own privileges: .*iam:PassRole from aws_iam_role_policy.deployer"
  name = "deployer"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "deployer" {
  role = aws_iam_role.deployer.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = ["${aws_s3_bucket.artifacts.arn}/*"] },
      { Effect = "Allow", Action = ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" },
    ]
  })
}

# Not reported: every grant names the bucket, or resources from a variable.
resource "aws_iam_role" "reader" {
  name = "reader"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "reader" {
  role = aws_iam_role.reader.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject"], Resource = [aws_s3_bucket.artifacts.arn, "${aws_s3_bucket.artifacts.arn}/*"] },
      { Effect = "Allow", Action = ["s3:PutObject"], Resource = var.extra_resources },
    ]
  })
}

module "ops" {
  source = "./modules/ops"
}
