# A waiver is imported with all its arguments, as JSON:
terraform import srm_waiver.marketing_site '{"rule": "s3_bucket_public_read", "resource": "module.marketing_site.aws_s3_bucket_policy.site", "justification": "Static marketing site served from S3 until the CloudFront migration (WEB-142).", "approver": "security-review@example.com", "expires_on": "2027-03-31", "guardrail": "baseline"}'
