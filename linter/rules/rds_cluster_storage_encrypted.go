package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// RDSClusterStorageEncrypted implements Security Hub RDS.27, the Aurora
// (and Multi-AZ DB cluster) counterpart of RDS.3.
var RDSClusterStorageEncrypted = withDoc(&linter.Rule{
	ID:       "rds_cluster_storage_encrypted",
	Title:    "RDS and Aurora DB clusters are encrypted at rest",
	Severity: linter.SeverityMedium,
	Service:  "Aurora",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"RDS.27"},
		"fsbp":           {"RDS.27"},
		"nist_800_53_r5": {"CA-9(1)", "CM-3(6)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-27",
		"https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_rds_cluster") {
			if r.Get("engine_mode").String() == "serverless" {
				continue // Aurora Serverless v1 is always encrypted
			}
			reportRDSEncryption(pass, r, "replication_source_identifier", "aws_rds_cluster", "DB cluster")
		}
	},
})
