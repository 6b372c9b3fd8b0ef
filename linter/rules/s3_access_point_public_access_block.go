package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3AccessPointPublicAccessBlock implements Security Hub S3.19.
var S3AccessPointPublicAccessBlock = withDoc(&linter.Rule{
	ID:       "s3_access_point_public_access_block",
	Title:    "S3 access points keep all four Block Public Access settings on",
	Severity: linter.SeverityCritical,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.19"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_s3_access_point") {
			// Without the block, S3 turns all four settings on.
			if v := r.Get("public_access_block_configuration"); v.Unknown() || len(v.List()) > 0 {
				reportBPA(pass, r, "public_access_block_configuration.0", "Block Public Access of access point "+r.Address)
			}
		}
	},
})
