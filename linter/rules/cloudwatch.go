package rules

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"

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
	watch             *alarmSet
	// astray are the alarms that reference the filter but watch another
	// metric (often the filter's name), which never gets its data.
	astray []string
}

// alarmSet is the alarms on a metric, with whether any of them notifies
// someone (itself or through a composite alarm) and the addresses of those
// that do not. Filters that emit the same metric share one set, so the work
// stays linear however many filters and alarms share a metric.
type alarmSet struct {
	alarms   []*plan.Resource
	notified bool
	silent   []string
}

func newAlarmSet(alarms []*plan.Resource, notifies func(*plan.Resource) bool) *alarmSet {
	s := &alarmSet{alarms: alarms}
	for _, a := range alarms {
		if notifies(a) {
			s.notified = true
		} else {
			s.silent = append(s.silent, a.Address)
		}
	}
	return s
}

// trailGroup is a trail that sends its events to a log group.
type trailGroup struct {
	trail *plan.Resource
	group logGroup
}

type cwIndex struct {
	filters []*metricFilter
	trails  []trailGroup
	// the log groups trails send their events to
	trailRes   map[*plan.Resource]bool
	trailNames map[string]bool
	// children are the alarms whose state feeds a composite alarm, and
	// parents those composite alarms.
	children map[*plan.Resource]bool
	parents  map[*plan.Resource][]*plan.Resource
}

type cwKey struct{}

// cloudWatch builds (once per plan) the index of metric filters, the alarms
// on their metrics and the trails' log groups.
func cloudWatch(p *plan.Plan) *cwIndex {
	return p.Memo(cwKey{}, func() any {
		ix := &cwIndex{children: map[*plan.Resource]bool{}, parents: map[*plan.Resource][]*plan.Resource{}, trailRes: map[*plan.Resource]bool{}, trailNames: map[string]bool{}}
		for _, t := range p.OfType("aws_cloudtrail") {
			if g := logGroupOf(p, t, "cloud_watch_logs_group_arn", true); g.known() {
				ix.trails = append(ix.trails, trailGroup{t, g})
				if g.res != nil {
					ix.trailRes[g.res] = true
				}
				if g.name != "" {
					ix.trailNames[g.name] = true
				}
			}
		}
		alarms := p.OfType("aws_cloudwatch_metric_alarm")
		composites := p.OfType("aws_cloudwatch_composite_alarm")
		byName := map[string][]*plan.Resource{}
		for _, a := range append(append([]*plan.Resource(nil), alarms...), composites...) {
			if n := a.Get("alarm_name").String(); n != "" {
				byName[n] = append(byName[n], a)
			}
		}
		for _, c := range composites {
			link := func(a *plan.Resource) {
				ix.children[a] = true
				if !slices.Contains(ix.parents[a], c) {
					ix.parents[a] = append(ix.parents[a], c)
				}
			}
			for _, a := range p.Referenced(c, "alarm_rule", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm") {
				link(a)
			}
			for _, n := range alarmRuleNames(c.Get("alarm_rule").String()) {
				for _, a := range byName[n] {
					link(a)
				}
			}
		}
		watching := alarmsWatching(p, alarms, ix.notifies)
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
			f.watch, f.astray = watching.of(f)
			ix.filters = append(ix.filters, f)
		}
		return ix
	}).(*cwIndex)
}

// alarmRuleRe finds the alarms a composite alarm rule names: ALARM(name),
// OK("name"), INSUFFICIENT_DATA(name). A quoted name may hold parentheses.
var alarmRuleRe = regexp.MustCompile(`(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*(?:"([^"]+)"|([^"()]+?))\s*\)`)

// alarmRuleNames returns the alarm names a composite alarm rule refers to,
// by name or by ARN (arn:aws:cloudwatch:region:account:alarm:name).
func alarmRuleNames(rule string) []string {
	var out []string
	for _, m := range alarmRuleRe.FindAllStringSubmatch(rule, -1) {
		n := m[1] + m[2] // quoted or bare; one of them is empty
		if i := strings.Index(n, ":alarm:"); strings.HasPrefix(n, "arn:") && i >= 0 {
			n = n[i+len(":alarm:"):]
		}
		out = append(out, n)
	}
	return out
}

// notifies reports whether an alarm acts when it fires, itself or through
// a composite alarm that its state feeds (at any depth).
func (ix *cwIndex) notifies(a *plan.Resource) bool {
	seen := map[*plan.Resource]bool{}
	var walk func(*plan.Resource) bool
	walk = func(a *plan.Resource) bool {
		if seen[a] {
			return false // a cycle: invalid, but the plan is input
		}
		seen[a] = true
		return alarmNotifies(a) || slices.ContainsFunc(ix.parents[a], walk)
	}
	return walk(a)
}

// metricKey is a metric's name and namespace.
type metricKey struct{ name, namespace string }

func (k metricKey) String() string {
	if k.namespace == "" {
		return k.name
	}
	return k.namespace + "/" + k.name
}

// alarmIndex finds the alarms on a metric filter's metric in time linear in
// the number of alarms, however many filters there are.
type alarmIndex struct {
	order    map[*plan.Resource]int
	byFilter map[*plan.Resource][]*plan.Resource // alarms referencing a filter
	byMetric map[metricKey][]*plan.Resource      // alarms by metric, in plan order
	metrics  map[*plan.Resource][]metricKey      // the metrics each alarm names
	sets     map[metricKey]*alarmSet             // one set per metric, shared by its filters
	// undecided are the alarms naming a metric known only after apply.
	undecided map[*plan.Resource]bool
	notifies  func(*plan.Resource) bool
}

// alarmsWatching indexes the alarms by the metric filters they reference and
// the metrics they name, directly or in a metric math query.
func alarmsWatching(p *plan.Plan, alarms []*plan.Resource, notifies func(*plan.Resource) bool) *alarmIndex {
	ix := &alarmIndex{order: map[*plan.Resource]int{}, byFilter: map[*plan.Resource][]*plan.Resource{},
		byMetric: map[metricKey][]*plan.Resource{}, metrics: map[*plan.Resource][]metricKey{}, sets: map[metricKey]*alarmSet{},
		undecided: map[*plan.Resource]bool{}, notifies: notifies}
	add := func(name, namespace plan.Value, a *plan.Resource) {
		metric, known := name.String(), !name.Unknown()
		if !known && name.Path() == "metric_name" {
			metric, known = filterName(p, a)
		}
		if !known || namespace.Unknown() {
			ix.undecided[a] = true
			return
		}
		k := metricKey{metric, namespace.String()}
		if k.name == "" {
			return
		}
		if l := ix.byMetric[k]; len(l) == 0 || l[len(l)-1] != a {
			ix.byMetric[k] = append(l, a)
			ix.metrics[a] = append(ix.metrics[a], k)
		}
	}
	for i, a := range alarms {
		ix.order[a] = i
		for _, attr := range []string{"metric_name", "metric_query.metric.metric_name"} {
			for _, r := range p.Referenced(a, attr, "aws_cloudwatch_log_metric_filter") {
				ix.byFilter[r] = append(ix.byFilter[r], a)
			}
		}
		add(a.Get("metric_name"), a.Get("namespace"), a)
		for _, q := range a.Get("metric_query").List() {
			add(q.Get("metric.0.metric_name"), q.Get("metric.0.namespace"), a)
		}
	}
	return ix
}

// filterName returns the metric an alarm names as metric_name =
// aws_cloudwatch_log_metric_filter.x.id (or .name): the filter's id is its
// name, known while planning even when the plan shows id as unknown. It is
// the filter's metric only if the filter names its metric the same.
func filterName(p *plan.Plan, a *plan.Resource) (string, bool) {
	filters := p.Referenced(a, "metric_name", "aws_cloudwatch_log_metric_filter")
	if len(filters) != 1 {
		return "", false
	}
	for _, ref := range a.References("metric_name") {
		if strings.HasSuffix(ref, ".id") || strings.HasSuffix(ref, ".name") {
			return filters[0].Get("name").Str()
		}
	}
	return "", false
}

// of returns the alarms on filter f's metric, in plan order, once each, and
// the alarms that reference f but watch another metric. An alarm that
// references the filter usually names its metric too; then the filter
// shares its metric's set. When the filter's metric or the alarm's is known
// only after apply, the reference decides.
func (ix *alarmIndex) of(f *metricFilter) (*alarmSet, []string) {
	k := metricKey{f.metric, f.namespace}
	known := f.metric != "" && f.namespace != ""
	var byMetric []*plan.Resource
	if f.metric != "" {
		byMetric = ix.byMetric[k]
	}
	var extra []*plan.Resource // alarms referencing f that may watch its metric without naming it
	var astray []string
	for _, a := range ix.byFilter[f.res] {
		switch {
		case known && slices.Contains(ix.metrics[a], k):
		case !known || ix.undecided[a]:
			extra = append(extra, a)
		default:
			var names []string
			for _, m := range ix.metrics[a] {
				names = append(names, m.String())
			}
			astray = append(astray, fmt.Sprintf("%s watches %s", a.Address, strings.Join(names, ", ")))
		}
	}
	if len(extra) == 0 {
		if s := ix.sets[k]; s != nil {
			return s, astray
		}
		s := newAlarmSet(byMetric, ix.notifies)
		ix.sets[k] = s
		return s, astray
	}
	seen := map[*plan.Resource]bool{}
	var out []*plan.Resource
	for _, a := range append(append([]*plan.Resource(nil), extra...), byMetric...) {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return ix.order[out[i]] < ix.order[out[j]] })
	return newAlarmSet(out, ix.notifies), astray
}

// alarmNotifies reports whether an alarm acts when it fires: it has alarm
// actions (a list known only after apply, such as a topic this plan
// creates, counts), not all of them topics CloudWatch cannot publish to,
// and its actions are enabled.
func alarmNotifies(a *plan.Resource) bool {
	if enabled, _ := settingOr(a, "actions_enabled", true); !enabled {
		return false
	}
	if _, all := managedKeyTopics(a); all {
		return false
	}
	acts := a.Get("alarm_actions")
	return acts.Unknown() || len(acts.List()) > 0
}

// managedKeyTopics returns the SNS topics of the plan among an alarm's
// actions that are encrypted with the AWS managed key aws/sns: its key
// policy does not let CloudWatch use it, so the alarm cannot publish there.
// all is set when they are all its actions: as many as the known actions,
// or, while the actions are known only after apply, as many as the
// references to topics the .tf source lists and nothing else.
func managedKeyTopics(a *plan.Resource) (topics []*plan.Resource, all bool) {
	refs := a.Plan().Referenced(a, "alarm_actions", "aws_sns_topic")
	for _, t := range refs {
		if kind, _ := kmsKeyOf(a.Plan(), t, "kms_master_key_id"); kind == keyAWS {
			topics = append(topics, t)
		}
	}
	if len(topics) == 0 || len(topics) < len(refs) {
		return topics, false
	}
	acts := a.Get("alarm_actions")
	if !acts.Unknown() {
		return topics, len(acts.List()) == len(topics)
	}
	list, ok := a.Plan().SourceExpr(a, "alarm_actions").(*hclsyntax.TupleConsExpr)
	if !ok || len(list.Exprs) != len(topics) {
		return topics, false
	}
	for _, e := range list.Exprs {
		tr, ok := e.(*hclsyntax.ScopeTraversalExpr)
		if !ok || tr.Traversal.RootName() != "aws_sns_topic" {
			return topics, false
		}
	}
	return topics, true
}

// onTrailGroup reports whether a filter reads a trail's log group.
func (ix *cwIndex) onTrailGroup(f *metricFilter) bool {
	return f.group.res != nil && ix.trailRes[f.group.res] || f.group.name != "" && ix.trailNames[f.group.name]
}

// metricLabel names a filter's metric for messages.
func (f *metricFilter) metricLabel() string {
	if f.metric == "" {
		return "its metric"
	}
	return "metric " + metricKey{f.metric, f.namespace}.String()
}
