package rules

import (
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// BaselineSecurityContact implements Security Hub Account.1 (CIS 1.2): the
// account has a security alternate contact.
var BaselineSecurityContact = withDoc(&linter.Rule{
	ID:       "baseline_security_contact",
	Title:    "The account baseline registers a security contact",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"Account.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/account-controls.html#account-1",
		"https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html",
	},
	Check: checkSecurityContact,
})

func checkSecurityContact(pass *linter.Pass) {
	var kept, deleted, unknown []*plan.Resource
	for _, r := range pass.Plan.AllOfType("aws_account_alternate_contact") {
		typ, known := r.Get("alternate_contact_type").Str()
		if !r.Exists() {
			if before, _ := r.BeforeValue().Get("alternate_contact_type").Str(); strings.EqualFold(before, "SECURITY") {
				deleted = append(deleted, r)
			}
			continue
		}
		switch {
		case !known:
			unknown = append(unknown, r)
		case strings.EqualFold(typ, "SECURITY"):
			kept = append(kept, r)
		}
	}
	if len(kept) > 0 {
		return
	}
	if len(unknown) > 0 {
		if pass.Settings.Baseline || len(deleted) > 0 {
			pass.ReportUnknown(unknown[0], "alternate_contact_type", "Whether the account keeps a security contact cannot be decided: alternate_contact_type of %s is known only after apply. Set it to \"SECURITY\" for the security team's contact.", unknown[0].Address)
		}
		return
	}
	for _, r := range deleted {
		pass.Report(r, "", "The plan deletes %s, the account's security contact, and declares no other: AWS then sends security notifications (abuse reports, compromised credentials, security bulletins) only to the root email address, which is rarely read by the team that must act. Keep an aws_account_alternate_contact with alternate_contact_type = \"SECURITY\".", r.Address)
	}
	if pass.Settings.Baseline && len(deleted) == 0 {
		pass.ReportAccount("aws_account_alternate_contact", "The account baseline registers no security contact (an aws_account_alternate_contact with alternate_contact_type = \"SECURITY\"): AWS sends security notifications (abuse reports, compromised credentials, security bulletins) only to the root email address, which is rarely read by the team that must act. Add one with the security team's shared mailbox and phone number.")
	}
}
