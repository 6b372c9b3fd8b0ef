package policy

import (
	"fmt"
	"regexp"
	"strings"
)

// conditionOperators are IAM's condition operators (lowercase), without the
// IfExists suffix and the ForAllValues/ForAnyValue qualifiers.
var conditionOperators = lowerSet(
	"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
	"NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
	"DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
	"Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null",
)

// lowerSet returns a set of lowercased strings, for case-insensitive lookups.
func lowerSet(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[strings.ToLower(s)] = true
	}
	return m
}

var (
	actionRe = regexp.MustCompile(`^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$`)
	sidRe    = regexp.MustCompile(`^[A-Za-z0-9]*$`)
)

// Validate reports what makes a parsed document invalid as a policy of kind
// k, beyond the syntax Parse rejects: IAM Access Analyzer's errors that the
// text decides (an unsupported Version, malformed actions, unknown condition
// operators, a Principal in an identity policy or none in a resource
// policy, Resource or NotPrincipal in a trust policy, wildcards inside
// principal ARNs, and Sids that IAM rejects). AWS refuses such a policy at
// apply.
func Validate(d *Document, k Kind) []Issue {
	var out []Issue
	bad := func(s *Statement, code, format string, args ...any) {
		msg := fmt.Sprintf(format, args...) + " (Access Analyzer: " + code + ")."
		if s == nil {
			out = append(out, Issue{Check: CheckInvalid, Severity: "medium", Statement: -1, Message: "The policy " + msg})
			return
		}
		out = append(out, s.issue(CheckInvalid, "medium", msg))
	}
	if d.Version != "" && d.Version != "2012-10-17" && d.Version != "2008-10-17" {
		bad(nil, "INVALID_VERSION", "has Version %q; the only versions are \"2012-10-17\" and the obsolete \"2008-10-17\"", d.Version)
	}
	sids := map[string]bool{}
	for _, s := range d.Statements {
		if k != ResourcePolicy && s.Sid != "" {
			// IAM's own documents (identity and trust policies) restrict Sids
			if !sidRe.MatchString(s.Sid) {
				bad(s, "UNSUPPORTED_SID", "has Sid %q; IAM accepts only letters and digits", s.Sid)
			}
			if sids[s.Sid] {
				bad(s, "UNIQUE_SIDS_REQUIRED", "repeats Sid %q; Sids must be unique within an IAM policy", s.Sid)
			}
			sids[s.Sid] = true
		}
		for _, a := range append(append([]string(nil), s.Actions...), s.NotActions...) {
			if a != "*" && !actionRe.MatchString(a) {
				bad(s, "INVALID_ACTION", "has action %q, which is not \"service:Action\" (wildcards * and ? allowed) or \"*\"", a)
			}
		}
		for _, c := range s.Conditions {
			if c.Unknown {
				continue
			}
			set := c.Set == "" || c.Set == "ForAllValues" || c.Set == "ForAnyValue"
			if !set || !conditionOperators[strings.ToLower(c.Base)] {
				bad(s, "INVALID_CONDITION_OPERATOR", "has unknown condition operator %q", c.Operator)
			} else if strings.EqualFold(c.Base, "Null") && c.IfExists {
				bad(s, "NULL_WITH_IF_EXISTS", "uses the Null operator with IfExists (%q), which IAM rejects", c.Operator)
			}
		}
		switch k {
		case IdentityPolicy:
			if s.HasPrincipal || s.HasNotPrinc {
				bad(s, "UNSUPPORTED_ELEMENT_COMBINATION", "names a Principal, which an identity policy must not: it applies to the user, group or role it is attached to")
			}
			if s.Resources == nil && s.NotResources == nil && !s.Unknown["resource"] {
				bad(s, "MISSING_RESOURCE", "has neither Resource nor NotResource; identity policy statements need one")
			}
		case TrustPolicy:
			if s.HasNotPrinc {
				bad(s, "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", "uses NotPrincipal, which trust policies do not support")
			}
			if s.Resources != nil || s.NotResources != nil {
				bad(s, "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", "names a Resource, which trust policies must not: the resource is the role itself")
			}
			if !s.HasPrincipal && !s.HasNotPrinc && !s.Unknown["principal"] {
				bad(s, "MISSING_PRINCIPAL", "has no Principal; a trust policy must say who may assume the role")
			}
		case ResourcePolicy:
			if !s.HasPrincipal && !s.HasNotPrinc && !s.Unknown["principal"] {
				bad(s, "MISSING_PRINCIPAL", "has no Principal; a resource policy must say whom it applies to")
			}
		}
		if k != IdentityPolicy {
			for _, p := range append(append([]Principal(nil), s.Principals...), s.NotPrincipals...) {
				if p.Type == "AWS" && p.ID != "*" && strings.ContainsAny(p.ID, "*?") {
					bad(s, "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "has principal %q; wildcards are not allowed inside principal ARNs (use \"*\" with a condition on aws:PrincipalArn instead)", p.ID)
				}
			}
		}
	}
	return out
}
