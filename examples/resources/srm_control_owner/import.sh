# <service>/<control_area>/<team>, with * for an omitted service or area:
terraform import srm_control_owner.s3_encryption S3/encryption_at_rest/team-data-platform
terraform import srm_control_owner.iam '*/identity_access_management/platform-security'
