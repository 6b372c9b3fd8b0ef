package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// IAMAccessAnalyzerEnabled implements Security Hub IAM.28 in the account
// baseline.
var IAMAccessAnalyzerEnabled = withDoc(&linter.Rule{
	ID:       "iam_access_analyzer_enabled",
	Title:    "An IAM Access Analyzer external access analyzer is enabled",
	Severity: linter.SeverityHigh,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.28"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-28",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html",
	},
	Check: func(pass *linter.Pass) {
		if !pass.Settings.Baseline {
			return // an account-level fact: the analyzer may live in any workspace
		}
		var other []string
		for _, a := range pass.Plan.OfType("aws_accessanalyzer_analyzer") {
			switch t := stringOr(a, "type", "ACCOUNT"); t {
			case "ACCOUNT", "ORGANIZATION":
				return
			default:
				other = append(other, a.Address+" ("+t+")")
			}
		}
		note := ""
		if len(other) > 0 {
			// The other types report unused access or access from inside
			// the account or organisation, not external sharing.
			note = " (" + joinAnd(other) + " do not report external access)"
			if len(other) == 1 {
				note = " (" + other[0] + " does not report external access)"
			}
		}
		pass.ReportAccount("aws_accessanalyzer_analyzer", "The account baseline has no IAM Access Analyzer external access analyzer%s, so nobody is told when a bucket, key, role, queue or secret becomes shared with another account or the public. Add an aws_accessanalyzer_analyzer with type = \"ACCOUNT\" (or \"ORGANIZATION\" in the delegated administrator) in every region you use.", note)
	},
})
