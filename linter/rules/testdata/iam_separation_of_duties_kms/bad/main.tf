provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "data" {
  description = "data"
}

# Administration and use of the same key, from two policies.
data "aws_iam_policy_document" "key_admin" {
  statement {
    sid       = "Admin"
    actions   = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"]
    resources = [aws_kms_key.data.arn]
  }
}

resource "aws_iam_role" "data_team" { # want "medium: Role aws_iam_role.data_team \(\"data-team\"\) can both administer and use the same KMS keys \(\(known after apply: aws_kms_key.data.arn\)\): kms:PutKeyPolicy, kms:ScheduleKeyDeletion in aws_iam_role_policy.admin statement 0 \(\"Admin\"\), and kms:Decrypt in aws_iam_policy.use statement 0"
  name = "data-team"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_role_policy" "admin" {
  role   = aws_iam_role.data_team.id
  policy = data.aws_iam_policy_document.key_admin.json
}

data "aws_iam_policy_document" "use" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.data.arn]
  }
}

resource "aws_iam_policy" "use" {
  name   = "use"
  policy = data.aws_iam_policy_document.use.json
}

resource "aws_iam_role_policy_attachment" "use" {
  role       = aws_iam_role.data_team.name
  policy_arn = aws_iam_policy.use.arn
}

# kms:* on every key.
resource "aws_iam_user" "dba" { # want "User aws_iam_user.dba \(\"dba\"\) can both administer and use the same KMS keys \(\*\)"
  name = "dba"
}

resource "aws_iam_user_policy" "dba" {
  user   = aws_iam_user.dba.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:*", Resource = "*" }] })
}
