# Anyone from an office network: an IP range says where a call comes from,
# not which account's principal makes it. Restricting the organisation too
# is enough.
provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "office" {
  name = "srm-fixture-office"
  assume_role_policy = jsonencode({ # want "critical: .*Statement 0 \(\"Office\"\).* lets any principal of any AWS account assume the role .*\(a source IP range is no such condition"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Office"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24", "198.51.100.7/32"] } }
    }]
  })
}

resource "aws_iam_role" "office_org" {
  name = "srm-fixture-office-org"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OfficeOrg"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = {
        IpAddress    = { "aws:SourceIp" = ["203.0.113.0/24"] }
        StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" }
      }
    }]
  })
}
