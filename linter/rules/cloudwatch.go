package rules

import (
	"fmt"
	"regexp"

	"github.com/srmguard/terraform-provider-srm/linter/logfilter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Helpers for the CloudWatch rules: log groups, metric filters and the
// alarms that watch them, linked through references or literal names.

// logGroup identifies a CloudWatch Logs log group by its resource in the
// plan, its name, or both.
type logGroup struct {
	res  *plan.Resource
	name string
}

func (g logGroup) known() bool { return g.res != nil || g.name != "" }

func (g logGroup) same(o logGroup) bool {
	return g.res != nil && g.res == o.res || g.name != "" && g.name == o.name
}

func (g logGroup) label() string {
	if g.name != "" {
		return fmt.Sprintf("%q", g.name)
	}
	return g.res.Address
}

// logGroupARN takes the name from a log group ARN (with or without ":*").
var logGroupARN = regexp.MustCompile(`:log-group:([^:]+)(:\*)?$`)

// logGroupOf resolves an attribute of r that names (or, with arn, holds the
// ARN of) a log group.
func logGroupOf(p *plan.Plan, r *plan.Resource, attr string, arn bool) logGroup {
	var g logGroup
	if refs := p.Referenced(r, attr, "aws_cloudwatch_log_group"); len(refs) == 1 {
		g.res = refs[0]
		g.name = refs[0].Get("name").String()
	}
	if s := r.Get(attr).String(); s != "" {
		if arn {
			if m := logGroupARN.FindStringSubmatch(s); m != nil {
				g.name = m[1]
			}
		} else {
			g.name = s
		}
	}
	return g
}

// metricFilter is an aws_cloudwatch_log_metric_filter with its parsed
// pattern (nil when unknown or not understood) and the alarms on its metric.
type metricFilter struct {
	res               *plan.Resource
	group             logGroup
	pattern           *logfilter.Pattern
	patternUnknown    bool
	namespace, metric string
	alarms            []*plan.Resource
}

// trailGroup is a trail that sends its events to a log group.
type trailGroup struct {
	trail *plan.Resource
	group logGroup
}

type cwIndex struct {
	filters []*metricFilter
	trails  []trailGroup
	// children are the alarms whose state feeds a composite alarm.
	children map[*plan.Resource]bool
}

type cwKey struct{}

// cloudWatch builds (once per plan) the index of metric filters, the alarms
// on their metrics and the trails' log groups.
func cloudWatch(p *plan.Plan) *cwIndex {
	return p.Memo(cwKey{}, func() any {
		ix := &cwIndex{children: map[*plan.Resource]bool{}}
		for _, t := range p.OfType("aws_cloudtrail") {
			if g := logGroupOf(p, t, "cloud_watch_logs_group_arn", true); g.known() {
				ix.trails = append(ix.trails, trailGroup{t, g})
			}
		}
		alarms := p.OfType("aws_cloudwatch_metric_alarm")
		for _, r := range p.OfType("aws_cloudwatch_log_metric_filter") {
			f := &metricFilter{
				res:       r,
				group:     logGroupOf(p, r, "log_group_name", false),
				namespace: r.Get("metric_transformation.0.namespace").String(),
				metric:    r.Get("metric_transformation.0.name").String(),
			}
			if v := r.Get("pattern"); v.Unknown() {
				f.patternUnknown = true
			} else if pat, err := logfilter.Parse(v.String()); err == nil {
				f.pattern = pat
			}
			for _, a := range alarms {
				if watches(p, a, f) {
					f.alarms = append(f.alarms, a)
				}
			}
			ix.filters = append(ix.filters, f)
		}
		composites := p.OfType("aws_cloudwatch_composite_alarm")
		for _, c := range composites {
			for _, a := range p.Referenced(c, "alarm_rule", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm") {
				ix.children[a] = true
			}
			rule := c.Get("alarm_rule").String()
			for _, a := range append(append([]*plan.Resource(nil), alarms...), composites...) {
				if n := a.Get("alarm_name").String(); n != "" && alarmRuleNames(rule, n) {
					ix.children[a] = true
				}
			}
		}
		return ix
	}).(*cwIndex)
}

// alarmRuleNames reports whether a composite alarm rule names an alarm:
// ALARM(name), OK("name"), INSUFFICIENT_DATA(name).
func alarmRuleNames(rule, name string) bool {
	re := regexp.MustCompile(`(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*"?` + regexp.QuoteMeta(name) + `"?\s*\)`)
	return re.MatchString(rule)
}

// watches reports whether alarm a is on the metric that filter f emits,
// directly or in a metric math query.
func watches(p *plan.Plan, a *plan.Resource, f *metricFilter) bool {
	for _, r := range p.Referenced(a, "metric_name", "aws_cloudwatch_log_metric_filter") {
		if r == f.res {
			return true
		}
	}
	for _, r := range p.Referenced(a, "metric_query.metric.metric_name", "aws_cloudwatch_log_metric_filter") {
		if r == f.res {
			return true
		}
	}
	if f.metric == "" {
		return false
	}
	if a.Get("metric_name").String() == f.metric && a.Get("namespace").String() == f.namespace {
		return true
	}
	for _, q := range a.Get("metric_query").List() {
		if q.Get("metric.0.metric_name").String() == f.metric && q.Get("metric.0.namespace").String() == f.namespace {
			return true
		}
	}
	return false
}

// alarmNotifies reports whether an alarm acts when it fires: it has alarm
// actions (a list known only after apply, such as a topic this plan
// creates, counts) and its actions are enabled.
func alarmNotifies(a *plan.Resource) bool {
	enabled, _ := settingOr(a, "actions_enabled", true)
	acts := a.Get("alarm_actions")
	return enabled && (acts.Unknown() || len(acts.List()) > 0)
}

// onTrailGroup reports whether a filter reads a trail's log group.
func (ix *cwIndex) onTrailGroup(f *metricFilter) bool {
	for _, tg := range ix.trails {
		if tg.group.same(f.group) {
			return true
		}
	}
	return false
}

// metricLabel names a filter's metric for messages.
func (f *metricFilter) metricLabel() string {
	if f.metric == "" {
		return "its metric"
	}
	return fmt.Sprintf("metric %s/%s", f.namespace, f.metric)
}
