package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// S3MultiRegionAccessPointPublicAccessBlock implements Security Hub S3.24.
var S3MultiRegionAccessPointPublicAccessBlock = withDoc(&linter.Rule{
	ID:       "s3_multi_region_access_point_public_access_block",
	Title:    "S3 Multi-Region Access Points keep all four Block Public Access settings on",
	Severity: linter.SeverityHigh,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.24"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-24",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_s3control_multi_region_access_point") {
			// Without the block, S3 turns all four settings on.
			if v := r.Get("details.0.public_access_block"); v.Unknown() || len(v.List()) > 0 {
				reportBPA(pass, r, "details.0.public_access_block.0", "Block Public Access of Multi-Region Access Point "+r.Address)
			}
		}
	},
})
