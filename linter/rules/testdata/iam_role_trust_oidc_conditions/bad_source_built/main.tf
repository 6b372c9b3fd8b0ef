provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_openid_connect_provider" "p" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

# A trust policy template whose JSON is known only after apply (it names the
# new provider's ARN) is rebuilt from the .tf source: any GitHub repository
# may assume the role (no sub condition).
resource "aws_iam_role" "gh" {
  name = "gh"
  # A heredoc (<<EOT ... EOT) is the same template; a comment cannot follow its
  # opening line, so this fixture writes the template on one line.
  assume_role_policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Federated\": \"${aws_iam_openid_connect_provider.p.arn}\"}, \"Action\": \"sts:AssumeRoleWithWebIdentity\", \"Condition\": {\"StringEquals\": {\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\"}}}]}" # want "critical: aws_iam_role.gh \(assume_role_policy\): Statement 0 lets tokens of .*no condition on token.actions.githubusercontent.com:sub"
}

# The same written with jsonencode.
resource "aws_iam_role" "gh_json" {
  name = "gh_json"
  assume_role_policy = jsonencode({ # want "critical: aws_iam_role.gh_json \(assume_role_policy\): Statement 0 lets tokens of .*no condition on token.actions.githubusercontent.com:sub"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.p.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}
