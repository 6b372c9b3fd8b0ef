provider "aws" {
  region = "us-east-1"
}

# A misspelled element (element names are case-sensitive).
resource "aws_iam_policy" "typo" {
  name   = "typo"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"action\":\"s3:GetObject\",\"Resource\":\"*\"}]}" # want "aws_iam_policy.typo is not a valid identity policy, so AWS will reject it at apply: invalid policy: Statement\[0\] has key \"action\"; policy element names are case-sensitive, use \"Action\""
}

# A Principal in an identity policy, and an action without a service.
resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({ # want "aws_iam_role.app \(assume_role_policy\): Statement 0 names a Resource, which trust policies must not.*ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE"
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" }, Resource = "*" }]
  })
}

resource "aws_iam_role_policy" "app" {
  role = aws_iam_role.app.id
  policy = jsonencode({ # want "aws_iam_role_policy.app: Statement 0 names a Principal.*UNSUPPORTED_ELEMENT_COMBINATION" "aws_iam_role_policy.app: Statement 1 has action \"GetObject\", which is not \"service:Action\".*INVALID_ACTION"
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "*" }, Action = "s3:ListBucket", Resource = "*" },
      { Effect = "Allow", Action = "GetObject", Resource = "*" },
    ]
  })
}

# A queue policy with a wildcard inside a principal ARN and an unknown
# condition operator.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # want "aws_sqs_queue_policy.jobs: Statement 0 has principal \"arn:aws:iam::\*:root\".*UNSUPPORTED_WILDCARD_IN_PRINCIPAL" "aws_sqs_queue_policy.jobs: Statement 0 has unknown condition operator \"StringEqual\""
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::*:root" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { StringEqual = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

# An unsupported Version, from a policy document's source JSON.
data "aws_iam_policy_document" "merged" {
  source_policy_documents = ["{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"NullIfExists\":{\"aws:TokenIssueTime\":\"true\"}}}]}"]
}

resource "aws_iam_policy" "merged" {
  name   = "merged"
  policy = data.aws_iam_policy_document.merged.json # want "aws_iam_policy.merged \(built by data.aws_iam_policy_document.merged\): Statement 0 uses the Null operator with IfExists"
}
