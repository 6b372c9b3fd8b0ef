package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// NeptuneClusterEncrypted implements Security Hub Neptune.1.
var NeptuneClusterEncrypted = withDoc(&linter.Rule{
	ID:       "neptune_cluster_encrypted",
	Title:    "Amazon Neptune DB clusters are encrypted at rest",
	Severity: linter.SeverityMedium,
	Service:  "RDS",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"Neptune.1"},
		"fsbp":           {"Neptune.1"},
		"nist_800_53_r5": {"CA-9(1)", "CM-3(6)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-1",
		"https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_neptune_cluster") {
			reportRDSEncryption(pass, r, "replication_source_identifier", "aws_neptune_cluster", "Neptune cluster")
		}
	},
})
