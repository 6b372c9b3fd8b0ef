package policy

import (
	"slices"
	"strings"
)

// Match reports whether an IAM pattern with * and ? wildcards matches s,
// ignoring case (IAM action names are case-insensitive).
func Match(pattern, s string) bool { return globMatch(pattern, s, true) }

// MatchCase is Match with case-sensitive comparison, as for resource ARNs.
func MatchCase(pattern, s string) bool { return globMatch(pattern, s, false) }

// lower folds an ASCII letter to lower case. IAM action names are ASCII;
// folding byte by byte spares the hot matching loops an allocation.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func globMatch(p, s string, fold bool) bool {
	// Iterative wildcard matching with backtracking to the last star: linear
	// in practice, no recursion on hostile input.
	pi, si := 0, 0
	star, mark := -1, 0
	eq := func(a, b byte) bool { return a == b || fold && lower(a) == lower(b) }
	for si < len(s) {
		switch {
		case pi < len(p) && (p[pi] == '?' || eq(p[pi], s[si])):
			pi++
			si++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, si
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// Intersects reports whether some string matches both patterns (case-
// insensitive): "s3:Get*" and "s3:*Object" intersect at "s3:GetObject".
func Intersects(a, b string) bool {
	// one side literal (the common case: a pattern against an action name)
	switch {
	case !strings.ContainsAny(b, "*?"):
		return globMatch(a, b, true)
	case !strings.ContainsAny(a, "*?"):
		return globMatch(b, a, true)
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	memo := make(map[[2]int]bool)
	seen := make(map[[2]int]bool)
	var f func(i, j int) bool
	f = func(i, j int) bool {
		k := [2]int{i, j}
		if seen[k] {
			return memo[k]
		}
		seen[k] = true
		r := false
		switch {
		case i == len(a) && j == len(b):
			r = true
		case i < len(a) && a[i] == '*':
			r = f(i+1, j) || (j < len(b) && f(i, j+1))
		case j < len(b) && b[j] == '*':
			r = f(i, j+1) || (i < len(a) && f(i+1, j))
		case i < len(a) && j < len(b) && (a[i] == b[j] || a[i] == '?' || b[j] == '?'):
			r = f(i+1, j+1)
		}
		memo[k] = r
		return r
	}
	return f(0, 0)
}

// Covers reports whether every string matching q also matches p (both
// case-insensitive): "s3:*" covers "s3:Get*"; "s3:Get*" does not cover
// "s3:*". It is exact for patterns whose only wildcard in p is a trailing *,
// the form NotAction lists use, and conservative (false) otherwise.
func Covers(p, q string) bool { return covers(p, q, true) }

func covers(p, q string, fold bool) bool {
	eq := func(a, b string) bool { return a == b || fold && strings.EqualFold(a, b) }
	if p == "*" || eq(p, q) {
		return true
	}
	if !strings.ContainsAny(q, "*?") {
		return globMatch(p, q, fold)
	}
	if strings.HasSuffix(p, "*") && !strings.ContainsAny(p[:len(p)-1], "*?") {
		prefix := p[:len(p)-1]
		lit := q
		if i := strings.IndexAny(q, "*?"); i >= 0 {
			lit = q[:i]
		}
		return len(lit) >= len(prefix) && eq(lit[:len(prefix)], prefix)
	}
	return false
}

// denyCoversResources reports whether Deny statement d applies to every
// resource Allow statement a grants (ARNs compare case-sensitively). A Deny
// with NotResource, or an Allow with NotResource or resources known only
// after apply, is covered only by a Deny on "*".
func denyCoversResources(d, a *Statement) bool {
	if d.NotResources == nil && slices.Contains(d.Resources, "*") {
		return true
	}
	if d.NotResources != nil || a.NotResources != nil || a.Unknown["resource"] {
		return false
	}
	for _, r := range a.Resources {
		if !slices.ContainsFunc(d.Resources, func(dr string) bool { return covers(dr, r, false) }) {
			return false
		}
	}
	return true
}

// AllowsAction reports whether the statement's Action/NotAction admits some
// action matching pattern (which may itself contain wildcards, e.g. "s3:Get*").
func (s *Statement) AllowsAction(pattern string) bool {
	if s.NotActions != nil {
		for _, na := range s.NotActions {
			if Covers(na, pattern) {
				return false
			}
		}
		return true
	}
	for _, a := range s.Actions {
		if Intersects(a, pattern) {
			return true
		}
	}
	return false
}

// MatchingActions returns the statement's action patterns that intersect any
// of the given patterns (for messages), or "NotAction" descriptions.
func (s *Statement) MatchingActions(patterns ...string) []string {
	var out []string
	if s.NotActions != nil {
		for _, p := range patterns {
			if s.AllowsAction(p) {
				out = append(out, "NotAction ["+strings.Join(s.NotActions, ", ")+"] admits "+p)
				break
			}
		}
		return out
	}
	for _, a := range s.Actions {
		for _, p := range patterns {
			if Intersects(a, p) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// Public reports whether the statement applies to everyone: Principal "*"
// (or {"AWS": "*"}), or any NotPrincipal with Allow (everyone except a few).
func (s *Statement) Public() bool {
	if s.Unknown["principal"] {
		return false
	}
	if s.HasNotPrinc {
		return s.Effect == Allow
	}
	for _, p := range s.Principals {
		if p.Everyone() {
			return true
		}
	}
	return false
}

// Grant is an Allow statement that gives some actions to everyone.
type Grant struct {
	Statement *Statement
	Actions   []string // the statement's patterns that grant the asked-for actions
}

// PublicAccess returns the statements that grant actions matching any of
// patterns to everyone (Principal "*", {"AWS": "*"} or NotPrincipal) without
// a condition that restricts who (Statement.Restricted), and that no Deny
// takes back. undecided holds the Allow statements that could do so but
// have a principal, action or condition known only after apply.
func (d *Document) PublicAccess(patterns ...string) (grants []Grant, undecided []*Statement) {
	return d.publicAccess(patterns, (*Statement).Restricted)
}

// AnyAccountAccess is PublicAccess for policies that admit AWS principals,
// such as key policies: conditions must limit the accounts
// (Statement.RestrictedToAccounts), an IP range is not enough.
func (d *Document) AnyAccountAccess(patterns ...string) (grants []Grant, undecided []*Statement) {
	return d.publicAccess(patterns, (*Statement).RestrictedToAccounts)
}

func (d *Document) publicAccess(patterns []string, restricted func(*Statement) bool) (grants []Grant, undecided []*Statement) {
	for _, s := range d.Statements {
		if s.Effect != Allow {
			continue
		}
		if s.Unknown["principal"] || s.Unknown["action"] || s.Unknown["condition"] {
			if !restricted(s) && (s.Unknown["principal"] || s.Public()) && (s.Unknown["action"] || s.allowsAny(patterns)) {
				undecided = append(undecided, s)
			}
			continue
		}
		if !s.Public() || restricted(s) {
			continue
		}
		var granted []string
		for _, p := range patterns {
			if s.AllowsAction(p) && !d.deniesAllGranted(s, p) {
				granted = append(granted, p)
			}
		}
		if len(granted) > 0 {
			grants = append(grants, Grant{Statement: s, Actions: s.MatchingActions(granted...)})
		}
	}
	return grants, undecided
}

// deniesAllGranted reports whether Deny statements take back every action
// that allow grants within pattern: with pattern "*" and an Allow of
// s3:GetObject, a Deny of s3:GetObject is enough.
func (d *Document) deniesAllGranted(allow *Statement, pattern string) bool {
	if allow.NotActions != nil {
		return d.deniedToOutsiders(pattern, allow)
	}
	for _, a := range allow.Actions {
		if !Intersects(a, pattern) {
			continue
		}
		narrow := pattern
		if Covers(pattern, a) {
			narrow = a // the Allow grants only a within pattern
		}
		if !d.deniedToOutsiders(narrow, allow) {
			return false
		}
	}
	return true
}

func (s *Statement) allowsAny(patterns []string) bool {
	for _, p := range patterns {
		if s.AllowsAction(p) {
			return true
		}
	}
	return false
}

// deniedToOutsiders reports whether some Deny statement takes every action
// matching pattern, on every resource that allow grants it on, away from
// everyone, or from everyone outside a fixed set of principals, sources or
// networks.
func (d *Document) deniedToOutsiders(pattern string, allow *Statement) bool {
	for _, s := range d.Statements {
		if s.Effect != Deny || !s.Public() || len(s.Unknown) > 0 || !denyCoversResources(s, allow) {
			continue
		}
		covered := false
		if s.NotActions != nil {
			covered = true
			for _, na := range s.NotActions {
				if Intersects(na, pattern) {
					covered = false
				}
			}
		}
		for _, a := range s.Actions {
			if Covers(a, pattern) {
				covered = true
			}
		}
		if !covered {
			continue
		}
		// Conditions are ANDed: the deny reaches every outsider only when
		// each of them merely excludes a fixed set of insiders.
		all := true
		for _, c := range s.Conditions {
			if !c.deniesOutsiders() {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// Broad reports whether a Resource pattern covers every resource of its
// kind, so that it constrains nothing: "*", "arn:aws:iam::*:role/*",
// "arn:aws:lambda:*:*:function:*", "arn:aws:s3:::*/*". A pattern that names
// a resource, or a name or path prefix ("role/app-*", "role/ci/*"),
// constrains.
func Broad(pattern string) bool {
	if !strings.HasPrefix(pattern, "arn:") {
		// "*", and patterns such as "*/*" or "*:*" that only wildcards and
		// separators make: IAM wildcards span "/" and ":", so they match
		// every ARN of some kind.
		return pattern != "" && strings.Trim(pattern, "*?/:") == "" && strings.HasPrefix(pattern, "*")
	}
	// arn:partition:service:region:account:resource, split without
	// allocating: this runs for every resource of every statement.
	var service string
	res := pattern
	for i := range 5 {
		f, rest, ok := strings.Cut(res, ":")
		if !ok {
			// "arn:aws:iam::*": a wildcard in the last field spans the rest
			return res == "*"
		}
		if i == 2 {
			service = f
		}
		res = rest
	}
	if res == "*" || res == "*/*" {
		return true
	}
	if service == "s3" {
		// bucket/key: only a wildcard bucket name spans buckets ("?*"
		// too: a bucket name has at least three characters)
		return strings.HasPrefix(strings.TrimLeft(res, "?"), "*")
	}
	if service == "iam" && strings.HasSuffix(res, "*") && iamResourceTypes[res[:len(res)-1]] {
		return true // "role*": every role, whatever its path
	}
	// a resource type followed by a wildcard: "role/*", "function:*"
	i := strings.IndexAny(res, "/:")
	return i > 0 && res[i+1:] == "*" && !strings.ContainsAny(res[:i], "*?")
}

// iamResourceTypes are the IAM resource types whose ARNs an identity policy
// names ("role/NAME", "user/PATH/NAME").
var iamResourceTypes = map[string]bool{
	"role": true, "user": true, "group": true, "policy": true, "instance-profile": true,
	"oidc-provider": true, "saml-provider": true, "server-certificate": true, "mfa": true,
}

// broadResourcesFor reports whether a statement applies to every resource of
// some kind that action acts on: a broad Resource pattern, or NotResource
// (everything except a few). Only the patterns that may name a resource of
// the action count, so that iam:PassRole on "arn:aws:s3:::*" (a statement
// that grants s3:* and iam:PassRole together) grants PassRole on nothing;
// for action "*" every pattern does.
func (s *Statement) broadResourcesFor(action string) bool {
	if s.NotResources != nil {
		return true
	}
	for _, r := range s.Resources {
		if Broad(r) && CanName(r, action) {
			return true
		}
	}
	return false
}

// mayApply reports whether some Resource pattern of the statement may name a
// resource that action acts on (NotResource always may).
func (s *Statement) mayApply(action string) bool {
	return s.NotResources != nil || slices.ContainsFunc(s.Resources, func(r string) bool { return CanName(r, action) })
}

// otherServiceResources lists, by action service prefix, the services whose
// ARNs those actions also act on (AWS service authorization reference):
// sts:AssumeRole takes an IAM role ARN, ssm:SendCommand and
// ssm:StartSession EC2 instances and ECS tasks, ec2-instance-connect EC2
// instances, the Data APIs their database clusters, kafka-cluster MSK
// clusters.
var otherServiceResources = map[string][]string{
	"sts":                  {"iam"},
	"ssm":                  {"ec2", "ecs"},
	"ec2-instance-connect": {"ec2"},
	"rds-data":             {"rds"},
	"redshift-data":        {"redshift", "redshift-serverless"},
	"kafka-cluster":        {"kafka"},
}

// CanName reports whether a Resource pattern may name a resource that action
// (a name or a pattern) acts on, judged by the service field of an ARN: an
// S3 ARN names no IAM role. Patterns that are not ARNs, or whose service
// or the action's is a wildcard, may name anything.
func CanName(pattern, action string) bool {
	svc := arnService(pattern)
	act, _, ok := strings.Cut(action, ":")
	if svc == "" || !ok || strings.ContainsAny(act, "*?") || strings.EqualFold(svc, act) {
		return true
	}
	for _, other := range otherServiceResources[strings.ToLower(act)] {
		if strings.EqualFold(svc, other) {
			return true
		}
	}
	return false
}

// arnService returns the service field of an ARN pattern, or "" when the
// pattern is no ARN or the field holds a wildcard. It runs for every
// resource of every statement checked, so it does not allocate.
func arnService(pattern string) string {
	head, rest, ok := strings.Cut(pattern, ":")
	if !ok || !strings.EqualFold(head, "arn") {
		return ""
	}
	if _, rest, ok = strings.Cut(rest, ":"); !ok { // partition
		return ""
	}
	svc, _, ok := strings.Cut(rest, ":")
	if !ok || strings.ContainsAny(svc, "*?") {
		return ""
	}
	return svc
}
