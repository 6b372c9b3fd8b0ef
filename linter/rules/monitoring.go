package rules

import (
	"fmt"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Helpers shared by the logging and monitoring rules (CloudTrail,
// CloudWatch, GuardDuty, Config, Security Hub).

// turnsOff reports whether the plan switches a monitoring flag of an
// existing resource from true to false (enable_logging, enable,
// is_enabled), in place or by replacing it. security_monitoring_stopped
// reports those at critical severity, so the per-control rules skip them.
func turnsOff(r *plan.Resource, attr string) bool {
	if r.Action != plan.ActionUpdate && r.Action != plan.ActionReplace {
		return false
	}
	after := r.Get(attr)
	return r.BeforeValue().Get(attr).True() && after.Known() && !after.True()
}

// named labels a resource with its name attribute when known, e.g.
// aws_cloudtrail.main ("org-trail").
func named(r *plan.Resource, attr string) string {
	if n := r.Get(attr).String(); n != "" {
		return fmt.Sprintf("%s (%q)", r.Address, n)
	}
	return r.Address
}

// settingOr returns a boolean argument, or def when the configuration leaves
// it to the provider; known is false when it is known only after apply.
func settingOr(r *plan.Resource, attr string, def bool) (v, known bool) {
	s := r.Setting(attr)
	switch {
	case s.Unknown():
		return false, false
	case s.Null():
		return def, true
	}
	return s.True(), true
}

// stringOr returns a string argument, or def when it is left to the provider.
func stringOr(r *plan.Resource, attr, def string) string {
	if s, ok := r.Setting(attr).Str(); ok {
		return s
	}
	return def
}

// joinAnd joins items as "a, b and c".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
