package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// S3BucketDataLoss reports plans that delete or replace buckets whose data
// goes with them.
var S3BucketDataLoss = withDoc(&linter.Rule{
	ID:       "s3_bucket_data_loss",
	Title:    "The plan does not delete or replace buckets that are versioned or set to force_destroy",
	Severity: linter.SeverityHigh,
	Service:  "S3",
	Area:     "backup_recovery_config",
	Extra:    map[string][]string{"nist_800_53_r5": {"CP-9", "CM-3", "SI-12"}, "iso_27001_2022": {"A.8.13", "A.8.32"}},
	Links: []string{
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket#force_destroy",
		"https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy",
	},
	Check: checkS3BucketDataLoss,
})

func checkS3BucketDataLoss(pass *linter.Pass) {
	p := pass.Plan
	for _, r := range p.AllOfType("aws_s3_bucket") {
		if r.Action != plan.ActionDelete && r.Action != plan.ActionReplace {
			continue
		}
		before := r.BeforeValue()
		name := before.Get("bucket").String()
		versioned := before.Get("versioning.0.enabled").True()
		for _, v := range p.AllOfType("aws_s3_bucket_versioning") {
			b := v.BeforeValue()
			if v.Action != plan.ActionCreate && b.Get("bucket").String() == name && b.Get("versioning_configuration.0.status").String() == "Enabled" {
				versioned = true
			}
		}
		what := actionText(r.Action)
		switch {
		case before.Get("force_destroy").True():
			pass.Report(r, "", "The plan will %s bucket %s (%q), which has force_destroy = true: Terraform first deletes every object and every object version in it, without asking, so its data is lost for good. If this is unintended, revert the change that causes it and add lifecycle { prevent_destroy = true }; if intended, copy the data elsewhere first.", what, r.Address, name)
		case versioned:
			pass.Report(r, "", "The plan will %s versioned bucket %s (%q): its object history exists to survive mistakes, and this delete either fails while objects remain or, once someone empties the bucket to let it pass, destroys every version. If this is unintended, revert the change that causes it and add lifecycle { prevent_destroy = true }.", what, r.Address, name)
		}
	}
}

// actionText describes a delete or replace for messages.
func actionText(a plan.Action) string {
	if a == plan.ActionReplace {
		return "replace (destroy, then create again)"
	}
	return "delete"
}
