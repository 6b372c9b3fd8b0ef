package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// BaselineEBSEncryptionByDefault implements Security Hub EC2.7 for the
// account baseline: EBS encryption by default must be declared.
var BaselineEBSEncryptionByDefault = withDoc(&linter.Rule{
	ID:       "baseline_ebs_encryption_by_default",
	Title:    "The account baseline turns on EBS encryption by default",
	Severity: linter.SeverityMedium,
	Service:  "EBS",
	Area:     "encryption_at_rest",
	Controls: []string{"EC2.7"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7",
		"https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
	},
	Check: baselinePresence("aws_ebs_encryption_by_default", "The account baseline has no aws_ebs_encryption_by_default: EBS encryption by default is a per-region opt-in that is off until set, so any volume or snapshot created without encrypted = true (by an AMI, a tool or the console) is stored unencrypted. Add an aws_ebs_encryption_by_default with enabled = true in every region you use."),
})
