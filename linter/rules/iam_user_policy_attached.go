package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// IAMUserPolicyAttached implements Security Hub IAM.2.
var IAMUserPolicyAttached = withDoc(&linter.Rule{
	ID:       "iam_user_policy_attached",
	Title:    "IAM users receive permissions only through groups",
	Severity: linter.SeverityLow,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.2"},
	Links:    []string{"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2"},
	Check:    checkIAMUserPolicyAttached,
})

// userPolicyTypes give users policies directly: the attribute that names the
// users, and the one that names the policies.
var userPolicyTypes = []struct{ typ, users, policies string }{
	{"aws_iam_user_policy", "user", "policy"},
	{"aws_iam_user_policy_attachment", "user", "policy_arn"},
	{"aws_iam_policy_attachment", "users", "policy_arn"},
	{"aws_iam_user_policy_attachments_exclusive", "user_name", "policy_arns"},
	{"aws_iam_user_policies_exclusive", "user_name", "policy_names"},
}

func checkIAMUserPolicyAttached(pass *linter.Pass) {
	for _, t := range userPolicyTypes {
		for _, r := range pass.Plan.OfType(t.typ) {
			users := r.Setting(t.users)
			switch {
			case users.Unknown():
				pass.ReportUnknown(r, t.users, "Whether %s gives IAM users policies directly cannot be decided: %s is known only after apply. Attach policies to groups instead (Security Hub IAM.2).", r.Address, t.users)
			case !users.Empty() && !r.Get(t.policies).Empty():
				pass.Report(r, t.users, "%s gives %s a policy directly: permissions spread over individual users are hard to review and to revoke when people change roles (Security Hub IAM.2). Put users in an aws_iam_group and attach the policy to the group (aws_iam_group_policy_attachment), or better, use roles through IAM Identity Center.",
					r.Address, userNames(r, t.users))
			}
		}
	}
}

// userNames names the users an attribute of r lists, for messages:
// `IAM user "a"`, `IAM users "a", "b"`.
func userNames(r *plan.Resource, attr string) string {
	v := r.Get(attr)
	names := v.Strings()
	if s, ok := v.Str(); ok {
		names = []string{s}
	}
	switch len(names) {
	case 0:
		return "an IAM user known only after apply"
	case 1:
		return `IAM user "` + names[0] + `"`
	}
	return `IAM users "` + strings.Join(names, `", "`) + `"`
}
