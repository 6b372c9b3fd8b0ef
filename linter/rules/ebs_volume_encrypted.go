package rules

import (
	"fmt"
	"slices"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// EBSVolumeEncrypted implements Security Hub EC2.3.
var EBSVolumeEncrypted = withDoc(&linter.Rule{
	ID:       "ebs_volume_encrypted",
	Title:    "EBS volumes, and the volumes of instances and launch templates, are encrypted",
	Severity: linter.SeverityMedium,
	Service:  "EBS",
	Area:     "encryption_at_rest",
	Controls: []string{"EC2.3"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3",
		"https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
	},
	Check: checkEBSVolumeEncrypted,
})

const ebsWhy = "its data, snapshots and the traffic to the instance are not encrypted, and anyone who obtains a snapshot can read it"

func checkEBSVolumeEncrypted(pass *linter.Pass) {
	p := pass.Plan
	byDefault := ebsDefaultRegions(p)
	check := func(r *plan.Resource, block, encrypted, snapshot, what, fix string) {
		if byDefault[r.Get("region").String()] {
			return
		}
		enc := blockSetting(r, joinAttr(block, encrypted))
		if b, ok := enc.Bool(); ok && b || enc.String() == "true" {
			return
		}
		attr := joinAttr(block, encrypted)
		switch {
		case enc.Unknown():
			pass.ReportUnknown(r, attr, "Whether %s is encrypted cannot be decided: %s is known only after apply. Use the literal true.", what, attr)
		case snapshot != "" && !blockSetting(r, joinAttr(block, snapshot)).Empty() && !enc.Known():
			pass.ReportUnknown(r, joinAttr(block, snapshot), "Whether %s is encrypted cannot be decided: it is created from snapshot %s, whose encryption it inherits. Set %s = true to be sure.", what, describe(blockSetting(r, joinAttr(block, snapshot))), attr)
		case enc.Known():
			pass.Report(r, attr, "%s is not encrypted (%s = %v): %s. Set %s, or turn on EBS encryption by default for the Region (aws_ebs_encryption_by_default).", capitalize(what), attr, enc.Raw(), ebsWhy, fix)
		default:
			pass.Report(r, block, "%s is not encrypted (%s is not set) unless EBS encryption by default is on in its Region: %s. Set %s, or turn on EBS encryption by default (aws_ebs_encryption_by_default).", capitalize(what), attr, ebsWhy, fix)
		}
	}
	for _, r := range p.OfType("aws_ebs_volume") {
		check(r, "", "encrypted", "snapshot_id", "EBS volume "+r.Address, "encrypted = true (with kms_key_id for a customer managed key)")
	}
	for _, typ := range []string{"aws_instance", "aws_spot_instance_request", "aws_launch_configuration"} {
		for _, r := range p.OfType(typ) {
			// Every instance has a root volume, declared or not; an
			// instance launched from a template may take it from the
			// template's block device mappings (checked there).
			if rootFromTemplate(p, r) {
				continue
			}
			check(r, "root_block_device.0", "encrypted", "", "the root volume of "+r.Address, "root_block_device { encrypted = true }")
			for i := range r.Setting("ebs_block_device").List() {
				check(r, fmt.Sprintf("ebs_block_device.%d", i), "encrypted", "snapshot_id", fmt.Sprintf("EBS volume %d (ebs_block_device) of %s", i, r.Address), "encrypted = true in the ebs_block_device block")
			}
		}
	}
	for _, r := range p.OfType("aws_launch_template") {
		for i, m := range r.Get("block_device_mappings").List() {
			if m.Get("ebs").Unknown() {
				// A dynamic ebs block with a value known only after apply
				// (a new key or snapshot) is unknown as a whole.
				pass.ReportUnknown(r, fmt.Sprintf("block_device_mappings.%d.ebs", i), "Whether the EBS volume %s of launch template %s is encrypted cannot be decided: its ebs block is known only after apply. Write the ebs block with encrypted = \"true\" as a literal.", m.Get("device_name").String(), r.Address)
				continue
			}
			if len(m.Get("ebs").List()) == 0 {
				continue // an instance store volume
			}
			check(r, fmt.Sprintf("block_device_mappings.%d.ebs.0", i), "encrypted", "snapshot_id", fmt.Sprintf("the EBS volume %s of launch template %s", m.Get("device_name").String(), r.Address), "encrypted = \"true\" in the ebs block")
		}
	}
}

// rootDeviceNames are the root device names of the usual AMIs (Amazon
// Linux, Ubuntu, Windows; Nitro instances rename them to nvme0n1).
var rootDeviceNames = []string{"/dev/xvda", "/dev/sda1", "/dev/sda", "/dev/nvme0n1"}

// rootFromTemplate reports whether an instance that sets no root volume
// encryption of its own gets its root volume from its launch template: the
// template maps one of the usual root device names, and the template
// check judges that mapping.
func rootFromTemplate(p *plan.Plan, r *plan.Resource) bool {
	if r.Type == "aws_launch_configuration" || !blockSetting(r, "root_block_device.0.encrypted").Null() {
		return false
	}
	for _, attr := range []string{"launch_template.0.id", "launch_template.0.name"} {
		for _, t := range p.Linked(r, attr, []string{"aws_launch_template"}, "id", "name") {
			for _, m := range t.Get("block_device_mappings").List() {
				if slices.Contains(rootDeviceNames, m.Get("device_name").String()) && len(m.Get("ebs").List()) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// ebsDefaultRegions returns the Regions in which the plan turns on EBS
// encryption by default.
func ebsDefaultRegions(p *plan.Plan) map[string]bool {
	out := map[string]bool{}
	for _, r := range p.OfType("aws_ebs_encryption_by_default") {
		if v := r.Setting("enabled"); v.True() || v.Null() {
			out[r.Get("region").String()] = true
		}
	}
	return out
}

func joinAttr(block, attr string) string {
	if block == "" {
		return attr
	}
	return block + "." + attr
}

// describe renders a value for messages: the string when known, else
// "(known only after apply)".
func describe(v plan.Value) string {
	if s, ok := v.Str(); ok {
		return fmt.Sprintf("%q", s)
	}
	return "(known only after apply)"
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
