package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// CloudTrailMultiRegion implements Security Hub CloudTrail.1.
var CloudTrailMultiRegion = withDoc(&linter.Rule{
	ID:       "cloudtrail_multi_region",
	Title:    "A multi-region CloudTrail trail records all read and write management events",
	Severity: linter.SeverityHigh,
	Service:  "CloudTrail",
	Area:     "logging_monitoring_config",
	Controls: []string{"CloudTrail.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1",
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
	},
	Check: checkCloudTrailMultiRegion,
})

func checkCloudTrailMultiRegion(pass *linter.Pass) {
	trails := pass.Plan.OfType("aws_cloudtrail")
	var candidates []*plan.Resource // trails that record management events
	for _, t := range trails {
		if accountTrail(t) {
			return // one trail meets the control for the whole account
		}
		if records, _, _ := managementEvents(t); records {
			candidates = append(candidates, t)
		}
	}
	for _, t := range candidates {
		if turnsOff(t, "enable_logging") {
			continue // security_monitoring_stopped reports it
		}
		label := named(t, "name")
		if logging, known := settingOr(t, "enable_logging", true); !known {
			pass.ReportUnknown(t, "enable_logging", "Whether trail %s records anything cannot be decided: enable_logging is known only after apply. Set enable_logging = true.", label)
			continue
		} else if !logging {
			pass.Report(t, "enable_logging", "Trail %s does not log (enable_logging = false), so no API activity of the account is recorded and nothing is left to investigate an incident with. Remove enable_logging = false (it defaults to true).", label)
			continue
		}
		switch mr := t.Get("is_multi_region_trail"); {
		case mr.Unknown():
			pass.ReportUnknown(t, "is_multi_region_trail", "Whether trail %s covers every region cannot be decided: is_multi_region_trail is known only after apply. Set is_multi_region_trail = true.", label)
			continue
		case !mr.True():
			how := "is_multi_region_trail = false"
			if t.Config != nil && !t.Configured("is_multi_region_trail") {
				how = "is_multi_region_trail omitted: it defaults to false"
			}
			pass.Report(t, "is_multi_region_trail", "Trail %s records management events in its own region only (%s), so API activity in every other region, where an attacker would start resources unseen, goes unrecorded. Set is_multi_region_trail = true.", label, how)
			continue
		}
		if _, problem, attr := managementEvents(t); problem != "" {
			pass.Report(t, attr, "Multi-region trail %s misses management events: %s, so some changes to the account leave no trace. Record every management event: read_write_type = \"All\", include_management_events = true and no excluded event sources (or selectors that together record read and write events from every source).", label, problem)
		}
	}
	if pass.Settings.Baseline && len(candidates) == 0 {
		pass.ReportAccount("aws_cloudtrail", "The account baseline has no CloudTrail trail that records management events: without one, nobody can tell who changed what in the account, and AWS keeps only 90 days of event history in one region. Add an aws_cloudtrail with is_multi_region_trail = true that records all management events.")
	}
}
