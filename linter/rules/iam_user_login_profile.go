package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// IAMUserLoginProfile reports console passwords for IAM users whose
// policies do not require MFA: the plan-time side of Security Hub IAM.5.
var IAMUserLoginProfile = withDoc(&linter.Rule{
	ID:       "iam_user_login_profile",
	Title:    "IAM users with a console password must use MFA",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.5"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_users-self-manage-mfa-and-creds.html",
	},
	Check: checkIAMUserLoginProfile,
})

func checkIAMUserLoginProfile(pass *linter.Pass) {
	for _, r := range pass.Plan.OfType("aws_iam_user_login_profile") {
		users := policy.IdentitiesAt(pass.Plan, r, "user", "aws_iam_user")
		mfa, unknown := false, false
		for _, u := range users {
			mfa = mfa || u.RequiresMFA()
			unknown = unknown || len(u.Unknowns()) > 0
		}
		reset := ""
		if !r.Setting("password_reset_required").True() {
			reset = " Also set password_reset_required = true, so that the generated password must be changed at first sign-in."
		}
		switch {
		case mfa:
		case unknown:
			var what []string
			for _, u := range users {
				what = append(what, u.Unknowns()...)
			}
			pass.ReportUnknown(r, "", "%s gives %s a console password; whether its policies require MFA cannot be decided: %s.", r.Address, userNames(r, "user"), strings.Join(what, "; "))
		default:
			pass.Report(r, "", "%s gives %s a console password, and none of the user's policies in this plan denies access without MFA: a phished or reused password is enough to sign in (Security Hub IAM.5). Attach a policy that denies everything but MFA self-service while aws:MultiFactorAuthPresent is false (BoolIfExists), or better, sign people in through IAM Identity Center.%s",
				r.Address, userNames(r, "user"), reset)
		}
	}
}
