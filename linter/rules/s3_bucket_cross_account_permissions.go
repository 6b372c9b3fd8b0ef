package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// S3BucketCrossAccountPermissions implements Security Hub S3.6.
var S3BucketCrossAccountPermissions = withDoc(&linter.Rule{
	ID:       "s3_bucket_cross_account_permissions",
	Title:    "S3 bucket policies do not let other AWS accounts change the bucket's permissions or encryption",
	Severity: linter.SeverityHigh,
	Service:  "S3",
	Area:     "identity_access_management",
	Controls: []string{"S3.6"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6",
	},
	Check: checkS3BucketCrossAccountPermissions,
})

// s3OwnerActions are the actions Security Hub S3.6 forbids to other
// accounts: with them, an outsider can take over or lock out the bucket.
var s3OwnerActions = []string{"s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutBucketPolicy", "s3:PutEncryptionConfiguration", "s3:PutObjectAcl"}

func checkS3BucketCrossAccountPermissions(pass *linter.Pass) {
	own := planAccounts(pass.Plan)
	for _, b := range s3Buckets(pass.Plan).buckets {
		for _, at := range b.policies() {
			src := policy.FromAttribute(pass.Plan, at.res, at.attr)
			if src.Err != nil {
				continue // AWS rejects it at apply; the policy rules report it
			}
			if !src.Found() {
				if src.Unknown != "" {
					pass.ReportUnknown(at.res, at.attr, "Whether the policy of bucket %s lets other accounts change its permissions cannot be decided: %s. Build the policy from values known at plan time.", b.label(), src.Unknown)
				}
				continue
			}
			grants, undecided := src.Doc.GrantsOutside(own, s3OwnerActions...)
			for _, g := range grants {
				pass.Report(at.res, at.attr, "The policy of bucket %s, %s, allows %s to %s, outside the bucket owner's account: they can rewrite the bucket policy or ACLs, lock the owner out or change its encryption. Grant other accounts only the data actions they need (such as s3:GetObject), never these.",
					b.label(), statementName(g.Statement), strings.Join(g.Actions, ", "), strings.Join(g.Principals, ", "))
			}
			for _, g := range undecided {
				what := "its principal or action is known only after apply (" + src.Unknown + ")"
				if len(g.Principals) > 0 {
					what = "the plan does not say which account owns the bucket (add data \"aws_caller_identity\" \"current\" {} to the configuration)"
				}
				pass.ReportUnknown(at.res, at.attr, "Whether %s of the policy of bucket %s, which allows %s to %s, reaches other accounts cannot be decided: %s.",
					statementName(g.Statement), b.label(), orAny(g.Actions), orAny(g.Principals), what)
			}
			if src.Incomplete && len(grants)+len(undecided) == 0 {
				pass.ReportUnknown(at.res, at.attr, "Whether the policy of bucket %s lets other accounts change its permissions cannot be decided: it is rebuilt from the parts known at plan time and may hold more statements (%s).", b.label(), src.Unknown)
			}
		}
	}
}

// orAny joins a list for messages, or says "(unknown)" when it is empty.
func orAny(items []string) string {
	if len(items) == 0 {
		return "(known only after apply)"
	}
	return strings.Join(items, ", ")
}
