provider "aws" {
  region = "us-east-1"
}

# Conditions that look like restrictions but admit everyone.
resource "aws_s3_bucket_policy" "loose" {
  for_each = {
    # IfExists passes for anonymous callers, who carry no aws:PrincipalOrgID.
    ifexists = { StringEqualsIfExists = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    # A negated operator admits everyone outside the organisation.
    negated = { StringNotEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    # The whole IPv4 Internet.
    anyip = { IpAddress = { "aws:SourceIp" = "0.0.0.0/0" } }
    # ForAllValues is true when the request has no such key.
    forall = { "ForAllValues:StringEquals" = { "aws:PrincipalOrgPaths" = ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"] } }
  }
  bucket = "srm-fixture-read-cond-${each.key}"
  policy = jsonencode({ # want "\"srm-fixture-read-cond-anyip\" is publicly readable" "\"srm-fixture-read-cond-forall\" is publicly readable" "\"srm-fixture-read-cond-ifexists\" is publicly readable" "\"srm-fixture-read-cond-negated\" is publicly readable"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["*"] }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::srm-fixture-read-cond-${each.key}/*"
      Condition = each.value
    }]
  })
}

# A Deny that refuses only one VPC endpoint's traffic: everyone else still
# reads.
resource "aws_s3_bucket_policy" "weak_deny" {
  bucket = "srm-fixture-read-cond-weak-deny"
  policy = jsonencode({ # want "\"srm-fixture-read-cond-weak-deny\" is publicly readable: its bucket policy aws_s3_bucket_policy.weak_deny, statement 0 \(\"Read\"\)"
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Read"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-read-cond-weak-deny/*"
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::srm-fixture-read-cond-weak-deny/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f67890" } }
      },
    ]
  })
}
