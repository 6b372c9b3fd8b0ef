package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// DocDBClusterEncrypted implements Security Hub DocumentDB.1.
var DocDBClusterEncrypted = withDoc(&linter.Rule{
	ID:       "docdb_cluster_encrypted",
	Title:    "Amazon DocumentDB clusters are encrypted at rest",
	Severity: linter.SeverityMedium,
	Service:  "RDS",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"DocumentDB.1"},
		"fsbp":           {"DocumentDB.1"},
		"nist_800_53_r5": {"CA-9(1)", "CM-3(6)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-1",
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_docdb_cluster") {
			// a secondary cluster of a global cluster takes its encryption
			reportRDSEncryption(pass, r, "global_cluster_identifier", "aws_docdb_cluster", "DocumentDB cluster")
		}
	},
})
