package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// ConfigRecorderEnabled implements Security Hub Config.1.
var ConfigRecorderEnabled = withDoc(&linter.Rule{
	ID:       "config_recorder_enabled",
	Title:    "AWS Config records all resources with the service-linked role, delivers and is running",
	Severity: linter.SeverityCritical,
	Service:  "Config",
	Area:     "logging_monitoring_config",
	Controls: []string{"Config.1"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1",
		"https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
	},
	Check: checkConfigRecorderEnabled,
})

// configServiceLinkedRole is the path of AWS Config's service-linked role.
const configServiceLinkedRole = "/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"

func checkConfigRecorderEnabled(pass *linter.Pass) {
	p := pass.Plan
	recorders := p.OfType("aws_config_configuration_recorder")
	channels := p.OfType("aws_config_delivery_channel")
	statuses := p.OfType("aws_config_configuration_recorder_status")
	// A status starts the recorder of its name in its own region: recorders
	// of several regions are often all named "default".
	startedBy := map[*plan.Resource]*plan.Resource{} // recorder -> its one status
	undecidedBy := map[*plan.Resource][]string{}     // recorder -> statuses that may start it or a namesake
	for _, s := range statuses {
		linked := slices.DeleteFunc(p.Linked(s, "name", []string{"aws_config_configuration_recorder"}, "name"), func(c *plan.Resource) bool { return !mayShareRegion(c, s) })
		for _, r := range linked {
			if len(linked) == 1 {
				startedBy[r] = s
			} else {
				undecidedBy[r] = append(undecidedBy[r], s.Address)
			}
		}
	}
	channelRegions := map[string]bool{}
	for _, c := range channels {
		channelRegions[c.Get("region").String()] = true
	}
	for _, r := range recorders {
		label := named(r, "name")
		if rg := r.Setting("recording_group").List(); len(rg) > 0 {
			if all, known := settingOr(r, "recording_group.0.all_supported", true); known && !all {
				what := "a chosen set of resource types"
				if types := rg[0].Get("resource_types").Strings(); len(types) > 0 {
					what = strings.Join(types, ", ")
				}
				pass.Report(r, "recording_group.0.all_supported", "AWS Config recorder %s records only %s (all_supported = false), so changes to every other resource type leave no configuration history and no Config rule evaluates them. Set all_supported = true in recording_group.", label, what)
			}
		}
		if role := r.Get("role_arn"); role.Known() && !strings.HasSuffix(role.String(), configServiceLinkedRole) ||
			role.Unknown() && len(p.Referenced(r, "role_arn", "aws_iam_role")) > 0 {
			pass.ReportSeverity(linter.SeverityMedium, r, "role_arn", "AWS Config recorder %s records with a custom IAM role instead of the service-linked role AWSServiceRoleForConfig, whose permissions AWS keeps current as services are added; a custom role that lacks a permission silently records less. Set role_arn to the service-linked role (aws_iam_service_linked_role with aws_service_name = \"config.amazonaws.com\").", label)
		}
		if !regionsInclude(channelRegions, r.Get("region").String()) {
			pass.Report(r, "", "AWS Config recorder %s has no aws_config_delivery_channel%s in this plan, and a recorder cannot start without one: nothing is recorded. Add an aws_config_delivery_channel to an S3 bucket, with the recorder's provider (a channel serves the recorder of its region).", label, inRegion(r))
		}
		status, undecided := startedBy[r], undecidedBy[r]
		switch {
		case status == nil && len(undecided) > 0:
			pass.ReportUnknown(r, "", "Whether AWS Config recorder %s is started cannot be decided: %s may start it or a recorder of the same name in another region, and the plan does not record their regions (AWS providers before 6 do not). Set name = aws_config_configuration_recorder.<this>.name in the status, with the recorder's provider.", label, strings.Join(undecided, ", "))
		case status == nil:
			pass.Report(r, "", "AWS Config recorder %s is never started: a new recorder is stopped until an aws_config_configuration_recorder_status sets is_enabled = true, so nothing is recorded. Add one for this recorder.", label)
		case turnsOff(status, "is_enabled"):
			// security_monitoring_stopped reports it
		default:
			if on, known := settingOr(status, "is_enabled", false); known && !on {
				pass.Report(status, "is_enabled", "AWS Config recorder %s is stopped (%s has is_enabled = false), so no configuration change is recorded and no Config rule runs. Set is_enabled = true.", label, status.Address)
			}
		}
	}
	if pass.Settings.Baseline && len(recorders) > 0 && !slices.ContainsFunc(recorders, func(r *plan.Resource) bool {
		v := r.Get("recording_group.0.include_global_resource_types")
		return v.True() || v.Unknown()
	}) {
		// IAM users, groups, roles and policies are global: one recorder
		// of the account must record them (CIS asks for it).
		pass.ReportSeverity(linter.SeverityMedium, recorders[0], "recording_group", "No AWS Config recorder of the account baseline records global resource types (include_global_resource_types is not true in any recording_group), so changes to IAM users, groups, roles and policies leave no configuration history. Set include_global_resource_types = true in the recording_group of the recorder in one region.")
	}
	if pass.Settings.Baseline && len(recorders) == 0 {
		pass.ReportAccount("aws_config_configuration_recorder", "The account baseline has no AWS Config recorder, so there is no configuration history to investigate an incident with and Security Hub cannot evaluate most of its controls. Add an aws_config_configuration_recorder (all_supported = true, the service-linked role), an aws_config_delivery_channel and an aws_config_configuration_recorder_status with is_enabled = true in every region you use.")
	}
}

// mayShareRegion reports whether two resources may be in the same region.
// AWS provider 6 records each resource's region in the plan; when either
// region is missing (older providers) or unknown, they may be.
func mayShareRegion(a, b *plan.Resource) bool {
	ra, rb := a.Get("region").String(), b.Get("region").String()
	return ra == "" || rb == "" || ra == rb
}

// regionsInclude is mayShareRegion against a set of regions (those of some
// resources): whether one of them may be region.
func regionsInclude(regions map[string]bool, region string) bool {
	return regions[region] || regions[""] || region == "" && len(regions) > 0
}

// inRegion names r's region for messages (" in us-east-1"), when known.
func inRegion(r *plan.Resource) string {
	if region := r.Get("region").String(); region != "" {
		return fmt.Sprintf(" in %s", region)
	}
	return ""
}
