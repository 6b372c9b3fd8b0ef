package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// iamExtra are the framework controls of the least-privilege rules that no
// Security Hub control covers.
var iamExtra = map[string][]string{
	"nist_800_53_r5": {"AC-3", "AC-6"},
	"iso_27001_2022": {"A.5.15", "A.8.2"},
}

// report records policy issues as findings on r at attr, each message
// prefixed with what the document is. Issues that values known only after
// apply decide are reported as unknown.
func report(pass *linter.Pass, r *plan.Resource, attr, prefix string, issues []policy.Issue) {
	for _, is := range issues {
		sev, _ := linter.ParseSeverity(is.Severity) // the engine's own names
		msg := prefix + is.Message
		if is.Undecided {
			pass.ReportUnknown(r, attr, "%s", msg)
			continue
		}
		pass.ReportSeverity(sev, r, attr, "%s", msg)
	}
}

// reportDocument reports the issues of one policy document of the plan.
func reportDocument(pass *linter.Pass, f *policy.Found, issues []policy.Issue) {
	report(pass, f.Resource, f.Attr, f.Label()+f.From()+": ", issues)
}

// reportIdentity reports the issues of one identity's aggregated policies,
// on the identity (or, for one the plan does not manage, on what gives it a
// policy).
func reportIdentity(pass *linter.Pass, id *policy.Identity, issues []policy.Issue) {
	report(pass, id.Resource, id.Attr, "", issues)
}

// grantingPolicies returns the identity policies of the plan that grant
// permissions and can be read: documents used only as permissions
// boundaries are left out, as are documents that are invalid
// (policy_invalid reports them) or known only after apply
// (iam_privilege_escalation reports what they may allow).
func grantingPolicies(p *plan.Plan) []*policy.Found {
	var out []*policy.Found
	for _, f := range policy.DocumentsOf(p, policy.IdentityPolicy) {
		if f.Doc != nil && !policy.BoundaryOnly(p, f) {
			out = append(out, f)
		}
	}
	return out
}

// checkDocuments runs a document check on every readable identity policy.
func checkDocuments(check func(*policy.Document) []policy.Issue) func(*linter.Pass) {
	return func(pass *linter.Pass) {
		for _, f := range grantingPolicies(pass.Plan) {
			reportDocument(pass, f, check(f.Doc))
		}
	}
}

// checkIdentities runs an identity check on every identity of the plan.
func checkIdentities(check func(*policy.Identity) []policy.Issue) func(*linter.Pass) {
	return func(pass *linter.Pass) {
		for _, id := range policy.Identities(pass.Plan) {
			reportIdentity(pass, id, check(id))
		}
	}
}
