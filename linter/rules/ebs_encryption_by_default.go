package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// EBSEncryptionByDefault implements Security Hub EC2.7 for the
// aws_ebs_encryption_by_default resources a plan declares.
var EBSEncryptionByDefault = withDoc(&linter.Rule{
	ID:       "ebs_encryption_by_default",
	Title:    "EBS encryption by default stays on",
	Severity: linter.SeverityMedium,
	Service:  "EBS",
	Area:     "encryption_at_rest",
	Controls: []string{"EC2.7"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7",
		"https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
	},
	Check: func(pass *linter.Pass) {
		for _, r := range pass.Plan.AllOfType("aws_ebs_encryption_by_default") {
			region := r.Get("region").String()
			if region == "" {
				region = "its Region"
			}
			v := r.Setting("enabled")
			switch {
			case r.Action == plan.ActionDelete:
				pass.Report(r, "", "The plan deletes %s, which turns EBS encryption by default off in %s: new volumes and snapshot copies there are then unencrypted unless each one asks for encryption. Keep the resource with enabled = true.", r.Address, region)
			case v.Unknown():
				pass.ReportUnknown(r, "enabled", "Whether %s keeps EBS encryption by default on cannot be decided: enabled is known only after apply. Use the literal true.", r.Address)
			case v.Known() && !v.True():
				pass.Report(r, "enabled", "%s sets enabled = false, which turns EBS encryption by default off in %s: new volumes and snapshot copies there are then unencrypted unless each one asks for encryption. Set enabled = true.", r.Address, region)
			}
		}
	},
})
