package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// RDSDataLoss reports plans that delete or replace databases without a
// final snapshot.
var RDSDataLoss = withDoc(&linter.Rule{
	ID:       "rds_data_loss",
	Title:    "The plan does not delete or replace databases without taking a final snapshot",
	Severity: linter.SeverityHigh,
	Service:  "RDS",
	Area:     "backup_recovery_config",
	Extra:    map[string][]string{"nist_800_53_r5": {"CP-9", "CM-3", "SI-12"}, "iso_27001_2022": {"A.8.13", "A.8.32"}},
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#skip_final_snapshot",
	},
	Check: func(pass *linter.Pass) {
		for _, typ := range []string{"aws_db_instance", "aws_rds_cluster"} {
			for _, r := range pass.Plan.AllOfType(typ) {
				if r.Action != plan.ActionDelete && r.Action != plan.ActionReplace {
					continue
				}
				before := r.BeforeValue()
				switch {
				case !before.Get("skip_final_snapshot").True():
					continue // a final snapshot is taken
				case before.Get("deletion_protection").True():
					continue // AWS refuses the delete
				case before.Get("replicate_source_db").String() != "" || before.Get("replication_source_identifier").String() != "":
					continue // a replica: the data lives on in its source
				}
				backups := "its automated backups are deleted with it (delete_automated_backups = true)"
				if !before.Get("delete_automated_backups").True() {
					backups = "only its automated backups remain, until their retention period ends"
				}
				pass.Report(r, "", "The plan will %s database %s, which has skip_final_snapshot = true: no final snapshot is taken, and %s, so its data is lost. If this is unintended, revert the change that causes it and add lifecycle { prevent_destroy = true } and deletion_protection = true; if intended, first apply skip_final_snapshot = false with a final_snapshot_identifier.",
					actionText(r.Action), r.Address, backups)
			}
		}
	},
})
