# Identities whose permissions come from several places.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "srm-privesc-"
}

# 1. The role's inline policy comes from an aws_iam_policy_document whose
# json is known only after apply (it names the new bucket's ARN): srmlint
# reads the statements from the configuration. With the S3 read access of
# an AWS managed policy it completes RHINO-18.
data "aws_iam_policy_document" "app" {
  statement {
    sid       = "Deploy"
    actions   = ["lambda:UpdateFunctionCode"]
    resources = ["*"]
  }
  statement {
    sid       = "Data"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
}

resource "aws_iam_role" "app" { # want "Role aws_iam_role.app \(\"app\"\) can raise its own privileges: .*RHINO-18 \"Updating the code of an existing Lambda function\": lambda:UpdateFunctionCode from aws_iam_role_policy.app; see https://pathfinding.cloud/paths/lambda-003.*Not analysed \(not defined in this plan\): arn:aws:iam::123456789012:policy/shared-read"
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "app" {
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_iam_role_policy_attachment" "app_read" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "aws_iam_role_policy_attachment" "app_shared" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::123456789012:policy/shared-read"
}

# 2. Full administrator access through an AWS managed policy: one finding.
resource "aws_iam_role" "breakglass" { # want "Role aws_iam_role.breakglass \(\"breakglass\"\) has full administrator access \(\"\*\" on \"\*\" through AWS managed policy AdministratorAccess\)"
  name = "breakglass"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

# 3. A user completes RHINO-03 with iam:PassRole from its group and
# ec2:RunInstances from its own policy; the group alone completes nothing.
resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy" "ops" {
  group  = aws_iam_group.ops.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }] })
}

resource "aws_iam_user" "dana" { # want "User aws_iam_user.dana \(\"dana\"\) can raise its own privileges: .*RHINO-03 .*: iam:PassRole from aws_iam_group_policy.ops via group aws_iam_group.ops, ec2:RunInstances from aws_iam_user_policy.dana"
  name = "dana"
}

resource "aws_iam_user_policy" "dana" {
  user   = aws_iam_user.dana.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ec2:RunInstances", Resource = "*" }] })
}

resource "aws_iam_user_group_membership" "dana" {
  user   = aws_iam_user.dana.name
  groups = [aws_iam_group.ops.name]
}

# 4. A customer managed policy the plan attaches to nothing is judged on its
# own.
resource "aws_iam_policy" "standalone" {
  name = "standalone"
  policy = jsonencode({ # want "A principal holding aws_iam_policy.standalone \(which this plan attaches to nothing\) can raise its own privileges: .*RHINO-07 \"Attaching a policy to a user\": iam:AttachUserPolicy from aws_iam_policy.standalone"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:Attach*", Resource = "*" }]
  })
}

# 5. Policies known only after apply: one written with jsonencode, which
# srmlint rebuilds from the .tf source (s3:PutObject on one bucket grants no
# escalation), and one it cannot evaluate.
resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "worker" {
  role = aws_iam_role.worker.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "${aws_s3_bucket.data.arn}/*" }]
  })
}

# 6. Roles of a module instantiated with count, given iam:PassRole and
# glue:CreateDevEndpoint through an aws_iam_policy_attachment.
module "etl" {
  source = "./modules/etl"
  count  = 2
  name   = "etl-${count.index}"
}

resource "aws_iam_role" "opaque" { # want "unknown: high: Role aws_iam_role.opaque \(\"opaque\"\) may be able to raise its own privileges: aws_iam_role_policy.opaque: policy is known only after apply \(it depends on aws_s3_bucket.data.arn\)"
  name = "opaque"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "opaque" {
  role = aws_iam_role.opaque.id
  policy = replace(jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "BUCKET/*" }]
  }), "BUCKET", aws_s3_bucket.data.arn)
}
