package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
)

// The CIS monitoring controls (Security Hub CloudWatch.1-14, CIS v1.4.0
// 4.3-4.15): a metric filter on the CloudTrail log group that catches a
// class of events, and an alarm on its metric with an action. Whether a
// filter catches the class is decided by running sample CloudTrail records
// through its pattern (logfilter), so quoting, order, wildcards and broader
// equivalents all count, and a filter that misses one event of the class, or
// that also matches a harmless event, does not.

// cisAlarm describes one control.
type cisAlarm struct {
	what     string       // "S3 bucket policy changes"
	cis      string       // "CIS 4.8"
	pattern  string       // the CIS pattern, for messages and docs
	events   []cloudTrail // records the filter must match
	harmless cloudTrail   // a record it must not match
}

// cloudTrail is a sample CloudTrail record.
type cloudTrail map[string]any

// readOnlyCall matches the sample API calls that CloudTrail records with
// readOnly = true: reads, and the use of a KMS key.
var readOnlyCall = regexp.MustCompile(`^(Get|List|Describe|Head|Lookup|Decrypt|Encrypt|GenerateDataKey)`)

// apiCall is a sample management event by an IAM user, with the fields
// every real record has, so that patterns on them (readOnly,
// managementEvent, eventCategory, ...) are judged as on real records.
func apiCall(source, name string, extra ...any) cloudTrail {
	userAgent := "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2"
	if source == "signin.amazonaws.com" {
		userAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
	}
	e := cloudTrail{
		"eventVersion":       "1.09",
		"eventTime":          "2024-05-01T12:00:00Z",
		"eventSource":        source,
		"eventName":          name,
		"eventType":          "AwsApiCall",
		"eventCategory":      "Management",
		"managementEvent":    true,
		"readOnly":           readOnlyCall.MatchString(name),
		"awsRegion":          "us-east-1",
		"sourceIPAddress":    "203.0.113.10",
		"userAgent":          userAgent,
		"eventID":            "3f9a1c2e-7b4d-4e8a-9c61-2d5e8f0a1b3c",
		"recipientAccountId": "123456789012",
		"userIdentity":       map[string]any{"type": "IAMUser", "arn": "arn:aws:iam::123456789012:user/alice", "accountId": "123456789012"},
	}
	for i := 0; i+1 < len(extra); i += 2 {
		e[extra[i].(string)] = extra[i+1]
	}
	return e
}

// calls returns one sample event per API name of a service.
func calls(source string, names ...string) []cloudTrail {
	out := make([]cloudTrail, len(names))
	for i, n := range names {
		out[i] = apiCall(source, n)
	}
	return out
}

func (e cloudTrail) label() string {
	if n, _ := e["eventName"].(string); n != "" {
		return n
	}
	return "?"
}

// coverage runs the samples through a filter: full when it matches every
// event and not the harmless one; missing lists the events it lets through.
func (c *cisAlarm) coverage(f *metricFilter) (full bool, missing []string) {
	if f.pattern == nil || f.pattern.Match(c.harmless) {
		return false, nil
	}
	for _, e := range c.events {
		if !f.pattern.Match(e) {
			missing = append(missing, e.label())
		}
	}
	return len(missing) == 0, missing
}

// check reports, in any plan, filters that implement the control but whose
// metric no alarm with an action watches; and, in the account baseline,
// trail log groups without such a filter and alarm.
func (c *cisAlarm) check(pass *linter.Pass) {
	ix := cloudWatch(pass.Plan)
	done := false                // some filter with a notifying alarm implements the control
	var reported []*metricFilter // filters that implement it, reported for their alarms
	for _, f := range ix.filters {
		if full, _ := c.coverage(f); !full {
			continue
		}
		silent := f.watch.silent
		if !f.watch.notified {
			reported = append(reported, f)
		}
		switch {
		case f.watch.notified:
			done = done || ix.onTrailGroup(f) || len(ix.trails) == 0
		case len(silent) > 0:
			pass.Report(f.res, "", "Metric filter %s catches %s (%s), but the only alarms on %s (%s) have no action target (or only SNS topics encrypted with aws/sns, which CloudWatch cannot use) or have actions disabled, and feed no composite alarm that has one: when it fires nobody is notified, so the incident response it exists for never starts. Set alarm_actions to an SNS topic that pages the owning team, and keep actions_enabled = true.",
				f.res.Address, c.what, c.cis, f.metricLabel(), strings.Join(silent, ", "))
		case len(f.astray) > 0:
			pass.Report(f.res, "", "Metric filter %s catches %s (%s), but no alarm in this plan watches %s: the alarms that reference the filter watch a metric it does not emit (%s), which never gets data, so they never fire. Set the alarm's metric_name and namespace to the filter's metric_transformation[0].name and .namespace.",
				f.res.Address, c.what, c.cis, f.metricLabel(), strings.Join(f.astray, "; "))
		default:
			pass.Report(f.res, "", "Metric filter %s catches %s (%s), but no alarm in this plan watches %s, so the events are counted and nobody hears about them. Add an aws_cloudwatch_metric_alarm on that metric (statistic Sum, threshold 1) with alarm_actions = [an SNS topic].",
				f.res.Address, c.what, c.cis, f.metricLabel())
		}
	}
	if !pass.Settings.Baseline || done {
		return
	}
	if len(ix.trails) == 0 {
		pass.ReportAccount("aws_cloudwatch_log_metric_filter", "The account baseline has no CloudTrail trail that sends events to CloudWatch Logs, so nothing can alarm on %s (%s). Send the account trail to a log group (cloud_watch_logs_group_arn) and add a metric filter with the pattern %s and an alarm with an action on its metric.", c.what, c.cis, c.pattern)
		return
	}
	for _, tg := range ix.trails {
		if slices.ContainsFunc(reported, func(f *metricFilter) bool { return tg.group.same(f.group) }) {
			continue // the filter's finding says what its alarm lacks
		}
		var partial, unknown []string
		for _, f := range ix.filters {
			if !tg.group.same(f.group) {
				continue
			}
			if f.patternUnknown {
				unknown = append(unknown, f.res.Address)
			} else if _, missing := c.coverage(f); len(missing) > 0 && len(missing) < len(c.events) {
				partial = append(partial, fmt.Sprintf("%s misses %s", f.res.Address, joinAnd(missing)))
			}
		}
		if len(unknown) > 0 {
			pass.ReportUnknown(tg.trail, "cloud_watch_logs_group_arn", "Whether log group %s of trail %s alarms on %s (%s) cannot be decided: the pattern of %s is known only after apply. Use a literal filter pattern.", tg.group.label(), named(tg.trail, "name"), c.what, c.cis, strings.Join(unknown, ", "))
			continue
		}
		extra := ""
		if len(partial) > 0 {
			extra = " (" + strings.Join(partial, "; ") + ")"
		}
		pass.Report(tg.trail, "cloud_watch_logs_group_arn", "Trail %s sends its events to log group %s, but no metric filter on that group catches all %s (%s) with an alarm that notifies someone%s, so such a change goes unnoticed until it is exploited. Add an aws_cloudwatch_log_metric_filter on the group with the pattern %s and an aws_cloudwatch_metric_alarm on its metric with alarm_actions = [an SNS topic].",
			named(tg.trail, "name"), tg.group.label(), c.what, c.cis, extra, c.pattern)
	}
}
