// Package posture checks a live AWS account with srmlint's rules. It models
// what linter/awsapi read (S3 account Block Public Access, EBS encryption by
// default, the password policy, trails, GuardDuty, Config, Security Hub,
// Access Analyzer) as a Terraform state of the resources that would manage
// those settings, and runs the plan rules on it as the account baseline:
// findings carry the same rule IDs, controls, severities and documentation
// as in plans, and a setting that is off is reported like a missing
// resource. What could not be read is reported as "could not verify"
// (an unknown finding), never as a pass.
package posture

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/awsapi"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// RuleIDs are the rules whose every input posture reads. Rules about
// resources it does not read (metric filters, alarms, buckets, VPCs) would
// see them as missing, so they are not run.
var RuleIDs = []string{
	"baseline_ebs_encryption_by_default",
	"baseline_iam_password_policy",
	"baseline_s3_account_public_access_block",
	"cloudtrail_cloudwatch_logs",
	"cloudtrail_kms_encryption",
	"cloudtrail_log_file_validation",
	"cloudtrail_multi_region",
	"cloudtrail_s3_data_events",
	"config_recorder_enabled",
	"guardduty_enabled",
	"guardduty_protection_features",
	"iam_access_analyzer_enabled",
	"s3_account_public_access_block",
	"securityhub_enabled",
}

// areas maps each area awsapi reads to the resource types that model it and
// the rule that reports it as unverified.
var areas = map[awsapi.Area]struct {
	types []string
	rule  string
}{
	awsapi.AreaS3PublicAccessBlock: {[]string{"aws_s3_account_public_access_block"}, "baseline_s3_account_public_access_block"},
	awsapi.AreaEBSEncryption:       {[]string{"aws_ebs_encryption_by_default"}, "baseline_ebs_encryption_by_default"},
	awsapi.AreaPasswordPolicy:      {[]string{"aws_iam_account_password_policy"}, "baseline_iam_password_policy"},
	awsapi.AreaCloudTrail:          {[]string{"aws_cloudtrail"}, "cloudtrail_multi_region"},
	awsapi.AreaGuardDuty:           {[]string{"aws_guardduty_detector", "aws_guardduty_detector_feature"}, "guardduty_enabled"},
	awsapi.AreaConfig:              {[]string{"aws_config_configuration_recorder", "aws_config_configuration_recorder_status", "aws_config_delivery_channel"}, "config_recorder_enabled"},
	awsapi.AreaSecurityHub:         {[]string{"aws_securityhub_account"}, "securityhub_enabled"},
	awsapi.AreaAccessAnalyzer:      {[]string{"aws_accessanalyzer_analyzer"}, "iam_access_analyzer_enabled"},
}

// Rules returns the rules posture runs.
func Rules() []*linter.Rule {
	out := make([]*linter.Rule, 0, len(RuleIDs))
	for _, id := range RuleIDs {
		r, ok := rules.Lookup(id)
		if !ok {
			panic("posture: unknown rule " + id) // a build defect the tests catch
		}
		out = append(out, r)
	}
	return out
}

// Check runs the posture rules on an account as the account baseline:
// those of opt.Rules, or all of them when it is nil (a configuration may
// disable some). opt.Settings.Baseline and opt.Adjust are set here.
func Check(ctx context.Context, acct *awsapi.Account, opt linter.Options) (*linter.Result, error) {
	p, err := State(acct)
	if err != nil {
		return nil, err
	}
	enabled := opt.Rules
	opt.Rules = nil
	for _, r := range Rules() {
		if enabled == nil || slices.Contains(enabled, r) {
			opt.Rules = append(opt.Rules, r)
		}
	}
	if opt.AllRules == nil {
		opt.AllRules = rules.All()
	}
	opt.Settings.Baseline = true
	opt.Adjust = func(p *plan.Plan, fs []linter.Finding) []linter.Finding {
		return unverified(p, acct, fs, opt.Rules)
	}
	return linter.Check(ctx, []linter.Input{{Plan: p}}, opt)
}

// unverified drops the findings about areas that could not be read (the
// rules saw their resources as absent) and reports each failed read whose
// rule is enabled.
func unverified(p *plan.Plan, acct *awsapi.Account, fs []linter.Finding, enabled []*linter.Rule) []linter.Finding {
	if len(acct.Unverified) == 0 {
		return fs
	}
	unread := map[string]bool{}
	for _, u := range acct.Unverified {
		for _, t := range areas[u.Area].types {
			unread[t] = true
		}
	}
	var out []linter.Finding
	for _, f := range fs {
		if !unread[f.Type] {
			out = append(out, f)
		}
	}
	for _, u := range acct.Unverified {
		a := areas[u.Area]
		r, _ := rules.Lookup(a.rule)
		if !slices.Contains(enabled, r) {
			continue
		}
		why := fmt.Sprintf("%s failed (%s)", u.Call, u.Err)
		if u.Code != "" {
			why = fmt.Sprintf("%s failed with %s (%s)", u.Call, u.Code, u.Err)
		}
		fix := "Retry later, or check the service in this region."
		if u.AccessDenied() {
			fix = "Grant the reading identity " + u.Call + "; the AWS managed policy SecurityAudit allows every call srmlint makes."
		}
		out = append(out, linter.Finding{
			Rule:     r,
			RuleID:   r.ID,
			Severity: r.Severity,
			Input:    p.Name,
			Address:  linter.AccountAddress,
			Type:     a.types[0],
			Action:   plan.ActionNone,
			Message:  fmt.Sprintf("Could not verify %s in account %s (%s): %s. srmlint counts it as unknown, not as passing. %s", u.Area, acct.ID, acct.Region, why, fix),
			Unknown:  true,
		})
	}
	return out
}

// InputName names the account as a check input.
func InputName(acct *awsapi.Account) string {
	return fmt.Sprintf("aws account %s (%s)", acct.ID, acct.Region)
}

// State models the account as a Terraform state (terraform show -json) of
// the resources that would manage what was read, named
// <type>.account["<AWS identifier>"].
func State(acct *awsapi.Account) (*plan.Plan, error) {
	var res []map[string]any
	add := func(typ, key string, values map[string]any) {
		res = append(res, map[string]any{
			"address":       fmt.Sprintf("%s.account[%q]", typ, key),
			"mode":          "managed",
			"type":          typ,
			"name":          "account",
			"index":         key,
			"provider_name": "registry.terraform.io/hashicorp/aws",
			"values":        values,
		})
	}
	if b := acct.PublicAccessBlock; b != nil {
		add("aws_s3_account_public_access_block", acct.ID, map[string]any{
			"account_id": acct.ID, "block_public_acls": b.BlockPublicACLs, "ignore_public_acls": b.IgnorePublicACLs,
			"block_public_policy": b.BlockPublicPolicy, "restrict_public_buckets": b.RestrictPublicBuckets,
		})
	}
	// Off is the account's default: like a destroyed aws_ebs_encryption_by_default.
	if acct.EBSEncryptionByDefault {
		add("aws_ebs_encryption_by_default", acct.Region, map[string]any{"enabled": true, "region": acct.Region})
	}
	if pp := acct.PasswordPolicy; pp != nil {
		add("aws_iam_account_password_policy", acct.ID, map[string]any{
			"minimum_password_length": pp.MinimumLength, "require_uppercase_characters": pp.RequireUppercase,
			"require_lowercase_characters": pp.RequireLowercase, "require_numbers": pp.RequireNumbers,
			"require_symbols": pp.RequireSymbols, "allow_users_to_change_password": pp.AllowUsersToChange,
			"expire_passwords": pp.ExpirePasswords, "max_password_age": pp.MaxAge,
			"password_reuse_prevention": pp.ReusePrevention, "hard_expiry": pp.HardExpiry,
		})
	}
	for _, t := range acct.Trails {
		add("aws_cloudtrail", t.Name, trailValues(t))
	}
	for _, d := range acct.Detectors {
		add("aws_guardduty_detector", d.ID, map[string]any{"enable": d.Enabled, "region": acct.Region})
		for _, f := range d.Features {
			var extra []any
			for _, a := range f.Additional {
				extra = append(extra, map[string]any{"name": a.Name, "status": status(a.Enabled)})
			}
			add("aws_guardduty_detector_feature", d.ID+"/"+f.Name, map[string]any{
				"detector_id": d.ID, "name": f.Name, "status": status(f.Enabled), "additional_configuration": extra,
			})
		}
	}
	for _, r := range acct.Recorders {
		add("aws_config_configuration_recorder", r.Name, map[string]any{
			"name": r.Name, "role_arn": r.RoleARN,
			"recording_group": []any{map[string]any{
				"all_supported": r.AllSupported, "include_global_resource_types": r.GlobalTypes, "resource_types": strings(r.ResourceTypes),
			}},
		})
		add("aws_config_configuration_recorder_status", r.Name, map[string]any{"name": r.Name, "is_enabled": r.Recording})
	}
	for _, c := range acct.DeliveryChannels {
		add("aws_config_delivery_channel", c.Name, map[string]any{"name": c.Name, "s3_bucket_name": c.S3Bucket})
	}
	if acct.SecurityHub {
		add("aws_securityhub_account", acct.ID, map[string]any{})
	}
	for _, a := range acct.Analyzers {
		add("aws_accessanalyzer_analyzer", a.Name, map[string]any{"analyzer_name": a.Name, "type": a.Type})
	}
	doc := map[string]any{
		"format_version":    "1.0",
		"terraform_version": "0.0.0",
		"values":            map[string]any{"root_module": map[string]any{"resources": res}},
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return plan.Load(InputName(acct), bytes.NewReader(data))
}

func trailValues(t awsapi.Trail) map[string]any {
	var sels, adv []any
	for _, s := range t.EventSelectors {
		var drs []any
		for _, d := range s.DataResources {
			drs = append(drs, map[string]any{"type": d.Type, "values": strings(d.Values)})
		}
		sels = append(sels, map[string]any{
			"read_write_type": s.ReadWriteType, "include_management_events": s.IncludeManagementEvents,
			"exclude_management_event_sources": strings(s.ExcludedManagementSource), "data_resource": drs,
		})
	}
	for _, s := range t.AdvancedEventSelectors {
		var fields []any
		for _, f := range s.Fields {
			fields = append(fields, map[string]any{
				"field": f.Field, "equals": strings(f.Equals), "not_equals": strings(f.NotEquals),
				"starts_with": strings(f.StartsWith), "not_starts_with": strings(f.NotStartsWith),
				"ends_with": strings(f.EndsWith), "not_ends_with": strings(f.NotEndsWith),
			})
		}
		adv = append(adv, map[string]any{"name": orNull(s.Name), "field_selector": fields})
	}
	return map[string]any{
		"name": t.Name, "arn": t.ARN, "home_region": t.HomeRegion, "s3_bucket_name": t.S3Bucket,
		"kms_key_id": orNull(t.KMSKeyID), "cloud_watch_logs_group_arn": orNull(t.LogGroupARN),
		"cloud_watch_logs_role_arn": orNull(t.LogsRoleARN), "is_multi_region_trail": t.MultiRegion,
		"is_organization_trail": t.Organization, "enable_log_file_validation": t.LogFileValidation,
		"include_global_service_events": t.GlobalServiceEvents, "enable_logging": t.Logging,
		"event_selector": sels, "advanced_event_selector": adv,
	}
}

func status(on bool) string {
	if on {
		return "ENABLED"
	}
	return "DISABLED"
}

// orNull maps "" (not set) to null, as Terraform state has it.
func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// strings returns a JSON list (never null) of strings.
func strings(v []string) []any {
	out := []any{}
	for _, s := range v {
		out = append(out, s)
	}
	return out
}
