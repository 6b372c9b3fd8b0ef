package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Helpers for the CloudTrail rules: what a trail records, where it
// delivers, and which trail is the account's.

// fieldSelector is one field_selector of an advanced event selector.
type fieldSelector struct {
	equals, notEquals, startsWith, notStartsWith, endsWith, notEndsWith []string
}

// restricts reports whether the selector narrows the field at all.
// admits reports whether the field selector lets value v through; for
// readOnly ("true"/"false") equals and not_equals are what matter.
func (f fieldSelector) admits(v string) bool {
	return (len(f.equals) == 0 || slices.Contains(f.equals, v)) && !slices.Contains(f.notEquals, v)
}

func (f fieldSelector) restricts() bool {
	return len(f.equals)+len(f.notEquals)+len(f.startsWith)+len(f.notStartsWith)+len(f.endsWith)+len(f.notEndsWith) > 0
}

// advancedSelectors returns each advanced_event_selector as field -> selector.
func advancedSelectors(t *plan.Resource) []map[string]fieldSelector {
	var out []map[string]fieldSelector
	for _, sel := range t.Get("advanced_event_selector").List() {
		fields := map[string]fieldSelector{}
		for _, fs := range sel.Get("field_selector").List() {
			fields[fs.Get("field").String()] = fieldSelector{
				equals:        fs.Get("equals").Strings(),
				notEquals:     fs.Get("not_equals").Strings(),
				startsWith:    fs.Get("starts_with").Strings(),
				notStartsWith: fs.Get("not_starts_with").Strings(),
				endsWith:      fs.Get("ends_with").Strings(),
				notEndsWith:   fs.Get("not_ends_with").Strings(),
			}
		}
		out = append(out, fields)
	}
	return out
}

// mgmtSelector is what one event selector records of the management events:
// read-only and write events, from every event source unless partial.
type mgmtSelector struct {
	read, write bool
	partial     bool   // some event sources only
	problem     string // what it misses, "" when nothing
	attr        string
}

// mgmtSelectors returns the trail's selectors that record management events
// (one for all of them when the trail has no selector).
func mgmtSelectors(t *plan.Resource) []mgmtSelector {
	var out []mgmtSelector
	add := func(s mgmtSelector, subject string, misses []string) {
		if len(misses) > 0 {
			s.problem = subject + " " + strings.Join(misses, " and ")
		}
		out = append(out, s)
	}
	if adv := advancedSelectors(t); len(adv) > 0 {
		for i, fields := range adv {
			if !slices.Contains(fields["eventCategory"].equals, "Management") {
				continue
			}
			ro := fields["readOnly"]
			s := mgmtSelector{
				read:    ro.admits("true"),
				write:   ro.admits("false"),
				partial: fields["eventSource"].restricts(),
				attr:    fmt.Sprintf("advanced_event_selector.%d", i),
			}
			var misses []string
			if !s.read || !s.write {
				only := "true"
				if s.write {
					only = "false"
				}
				misses = append(misses, "records only the management events with readOnly = "+only)
			}
			if s.partial {
				misses = append(misses, "records the management events of some event sources only (eventSource field selector)")
			}
			add(s, "an advanced event selector", misses)
		}
		return out
	}
	sels := t.Get("event_selector").List()
	if len(sels) == 0 {
		return []mgmtSelector{{read: true, write: true}} // every management event, read and write
	}
	for i, sel := range sels {
		if inc := sel.Get("include_management_events"); inc.Known() && !inc.True() {
			continue
		}
		rw := sel.Get("read_write_type").String()
		ex := sel.Get("exclude_management_event_sources").Strings()
		s := mgmtSelector{
			read:    rw != "WriteOnly",
			write:   rw != "ReadOnly",
			partial: len(ex) > 0,
			attr:    fmt.Sprintf("event_selector.%d", i),
		}
		var misses []string
		if rw != "" && rw != "All" {
			misses = append(misses, fmt.Sprintf("records only %s management events (read_write_type = %q)", strings.TrimSuffix(rw, "Only"), rw))
		}
		if s.partial {
			misses = append(misses, fmt.Sprintf("excludes the management events of %s (exclude_management_event_sources)", strings.Join(ex, ", ")))
		}
		add(s, "its event selector", misses)
	}
	return out
}

// managementEvents says whether a trail records management events and, if
// it does, why they are incomplete ("" when it records all of them, read and
// write, from every event source). attr is the argument to point at.
// CloudTrail logs an event when any selector matches it, so selectors add
// up: a read-only and a write-only selector record every management event.
func managementEvents(t *plan.Resource) (records bool, problem, attr string) {
	sels := mgmtSelectors(t)
	var read, write bool // from every event source
	for _, s := range sels {
		if !s.partial {
			read, write = read || s.read, write || s.write
		}
	}
	if len(sels) == 0 || read && write {
		return len(sels) > 0, "", ""
	}
	// Point at a selector that records part of what is missing, else at
	// one that records the other half only.
	for _, s := range sels {
		if s.read && !read || s.write && !write {
			return true, s.problem, s.attr
		}
	}
	for _, s := range sels {
		if s.problem != "" {
			return true, s.problem, s.attr
		}
	}
	return true, "", ""
}

// accountTrail reports whether a trail meets CloudTrail.1: it logs, in all
// regions, every read and write management event.
func accountTrail(t *plan.Resource) bool {
	logging, _ := settingOr(t, "enable_logging", true)
	records, problem, _ := managementEvents(t)
	return logging && t.Get("is_multi_region_trail").True() && records && problem == ""
}

// allBucketsARN matches the data resource values that select every bucket.
var allBucketsARN = regexp.MustCompile(`^arn:[a-z-]+:s3(:::)?$`)

// s3DataEvents reports whether a trail records S3 object-level read and
// write events for every bucket of the account.
func s3DataEvents(t *plan.Resource) (read, write bool) {
	add := func(rw string) {
		read = read || rw == "All" || rw == "ReadOnly"
		write = write || rw == "All" || rw == "WriteOnly"
	}
	if adv := advancedSelectors(t); len(adv) > 0 {
		for _, fields := range adv {
			if !slices.Contains(fields["eventCategory"].equals, "Data") || !slices.Contains(fields["resources.type"].equals, "AWS::S3::Object") {
				continue
			}
			all := true
			for name, f := range fields {
				switch name {
				case "eventCategory", "resources.type", "readOnly":
				case "resources.ARN":
					// starts_with the all-buckets prefix selects every bucket
					// (the values are ORed: one such prefix is enough)
					all = all && slices.ContainsFunc(f.startsWith, func(v string) bool { return allBucketsARN.MatchString(strings.TrimSuffix(v, "/")) }) &&
						len(f.equals)+len(f.notEquals)+len(f.notStartsWith)+len(f.endsWith)+len(f.notEndsWith) == 0
				default:
					all = all && !f.restricts()
				}
			}
			if !all {
				continue
			}
			if ro := fields["readOnly"]; ro.admits("true") {
				add("ReadOnly")
			}
			if ro := fields["readOnly"]; ro.admits("false") {
				add("WriteOnly")
			}
		}
		return read, write
	}
	for _, sel := range t.Get("event_selector").List() {
		for _, dr := range sel.Get("data_resource").List() {
			if dr.Get("type").String() != "AWS::S3::Object" {
				continue
			}
			for _, v := range dr.Get("values").Strings() {
				if allBucketsARN.MatchString(v) {
					rw := sel.Get("read_write_type").String()
					if rw == "" {
						rw = "All"
					}
					add(rw)
				}
			}
		}
	}
	return read, write
}

// trailBucket returns the bucket a trail delivers its logs to, when this
// plan configures it (nil otherwise).
func trailBucket(p *plan.Plan, t *plan.Resource) *s3Bucket {
	ix := s3Buckets(p)
	if ts := p.Linked(t, "s3_bucket_name", []string{"aws_s3_bucket"}, "bucket", "id"); len(ts) == 1 {
		return ix.byBucket[ts[0]]
	}
	if name := t.Get("s3_bucket_name").String(); name != "" {
		for _, b := range ix.buckets {
			if b.name == name {
				return b
			}
		}
	}
	return nil
}
