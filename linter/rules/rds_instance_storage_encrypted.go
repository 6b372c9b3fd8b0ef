package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// RDSInstanceStorageEncrypted implements Security Hub RDS.3.
var RDSInstanceStorageEncrypted = withDoc(&linter.Rule{
	ID:       "rds_instance_storage_encrypted",
	Title:    "RDS DB instances are encrypted at rest",
	Severity: linter.SeverityMedium,
	Service:  "RDS",
	Area:     "encryption_at_rest",
	Extra: map[string][]string{
		"securityhub":    {"RDS.3"},
		"fsbp":           {"RDS.3"},
		"nist_800_53_r5": {"CA-9(1)", "CM-3(6)", "SC-13", "SC-28", "SC-28(1)", "SC-7(10)", "SI-7(6)"},
		"iso_27001_2022": {"A.8.24"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-3",
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
	},
	Check: checkRDSInstanceStorageEncrypted,
})

const rdsWhy = "its storage, automated backups, snapshots and read replicas are unencrypted, and encryption cannot be turned on later without copying a snapshot and replacing the database"

func checkRDSInstanceStorageEncrypted(pass *linter.Pass) {
	for _, r := range pass.Plan.OfType("aws_db_instance") {
		if strings.HasPrefix(r.Get("engine").String(), "aurora") {
			continue // an Aurora cluster member: its cluster decides
		}
		reportRDSEncryption(pass, r, "replicate_source_db", "aws_db_instance", "DB instance")
	}
}

// reportRDSEncryption checks storage_encrypted of a DB instance or cluster
// (what), which inherits encryption from its source when sourceAttr (a
// read replica's source, of type sourceType) or snapshot_identifier is set.
func reportRDSEncryption(pass *linter.Pass, r *plan.Resource, sourceAttr, sourceType, what string) {
	enc := r.Setting("storage_encrypted")
	switch {
	case enc.True():
		return
	case enc.Unknown():
		pass.ReportUnknown(r, "storage_encrypted", "Whether %s %s is encrypted cannot be decided: storage_encrypted is known only after apply. Use the literal true.", what, r.Address)
		return
	}
	// A replica or a point-in-time restore inherits the source's encryption.
	pitrSource, idField := "restore_to_point_in_time.0.source_db_instance_identifier", "identifier"
	if strings.HasSuffix(sourceType, "_cluster") {
		pitrSource, idField = "restore_to_point_in_time.0.source_cluster_identifier", "cluster_identifier"
	}
	for _, attr := range []string{sourceAttr, "snapshot_identifier", "restore_to_point_in_time"} {
		src := r.Setting(attr)
		if src.Empty() {
			continue
		}
		var srcs []*plan.Resource
		switch attr {
		case sourceAttr:
			srcs = pass.Plan.Referenced(r, attr, sourceType)
		case "restore_to_point_in_time":
			srcs = pass.Plan.Linked(r, pitrSource, []string{sourceType}, idField)
			src = r.Setting(pitrSource)
		}
		if len(srcs) == 1 {
			if srcs[0].Setting("storage_encrypted").True() {
				return
			}
			rel := "a replica of"
			if attr == "restore_to_point_in_time" {
				rel = "a point-in-time restore of"
			}
			pass.Report(r, attr, "%s %s is %s %s, which is not encrypted, so neither is it: %s. Encrypt the source (storage_encrypted = true), or create this one from an encrypted snapshot copy.", what, r.Address, rel, srcs[0].Address, rdsWhy)
			return
		}
		pass.ReportUnknown(r, attr, "Whether %s %s is encrypted cannot be decided: it inherits the encryption of %s = %s, which the plan does not show. Set storage_encrypted = true to be sure.", what, r.Address, attr, describe(src))
		return
	}
	state := "storage_encrypted = false"
	if !r.Configured("storage_encrypted") {
		state = "storage_encrypted is not set (it defaults to false)"
	}
	keyAttr := "kms_key_id"
	if r.Type == "aws_neptune_cluster" {
		keyAttr = "kms_key_arn"
	}
	pass.Report(r, "storage_encrypted", "%s %s is not encrypted at rest (%s): %s. Set storage_encrypted = true (with %s for a customer managed key).", what, r.Address, state, rdsWhy, keyAttr)
}
