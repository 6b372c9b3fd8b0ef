package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// EFSFileSystemEncrypted implements Security Hub EFS.1.
var EFSFileSystemEncrypted = withDoc(&linter.Rule{
	ID:       "efs_file_system_encrypted",
	Title:    "EFS file systems are encrypted at rest",
	Severity: linter.SeverityMedium,
	Service:  "EFS",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"EFS.1"},
		"fsbp":           {"EFS.1"},
		"nist_800_53_r5": {"CA-9(1)", "CM-3(6)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1",
		"https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.OfType("aws_efs_file_system") {
			switch v := r.Setting("encrypted"); {
			case v.True():
			case v.Unknown():
				pass.ReportUnknown(r, "encrypted", "Whether file system %s is encrypted cannot be decided: encrypted is known only after apply. Use the literal true.", r.Address)
			default:
				state := "encrypted = false"
				if !r.Configured("encrypted") {
					state = "encrypted is not set (the API default is unencrypted)"
				}
				pass.Report(r, "encrypted", "File system %s is not encrypted at rest (%s): its files and backups are stored in plaintext, and encryption can only be added by creating a new file system and copying the data. Set encrypted = true (with kms_key_id for a customer managed key).", r.Address, state)
			}
		}
	},
})
