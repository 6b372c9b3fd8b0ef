package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// CloudTrailLogFileValidation implements Security Hub CloudTrail.4.
var CloudTrailLogFileValidation = withDoc(&linter.Rule{
	ID:       "cloudtrail_log_file_validation",
	Title:    "CloudTrail trails validate their log files",
	Severity: linter.SeverityLow,
	Service:  "CloudTrail",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudTrail.4"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
	},
	Check: func(pass *linter.Pass) {
		for _, t := range pass.Plan.OfType("aws_cloudtrail") {
			switch v, known := settingOr(t, "enable_log_file_validation", false); {
			case !known:
				pass.ReportUnknown(t, "enable_log_file_validation", "Whether trail %s validates its log files cannot be decided: enable_log_file_validation is known only after apply. Set enable_log_file_validation = true.", named(t, "name"))
			case !v:
				pass.Report(t, "enable_log_file_validation", "Trail %s does not validate its log files (enable_log_file_validation is false or omitted; the default is false), so a log file that was changed or deleted after delivery cannot be detected, and the logs are weak evidence after an incident. Set enable_log_file_validation = true.", named(t, "name"))
			}
		}
	},
})
