package policy

import (
	"net/netip"
	"strings"
)

// restrictingKeys are the condition keys that, with fixed values, limit who
// can use a grant to a known set of principals or networks. They follow
// Amazon S3's definition of a non-public policy ("The meaning of public"
// in the S3 Block Public Access documentation) plus the organisation and
// principal keys IAM Access Analyzer treats the same way. Keys that say how
// a request is made rather than who makes it (kms:ViaService: any account's
// principal can call through S3; the SSE key of an S3 request) do not count.
var restrictingKeys = map[string]bool{
	"aws:sourcearn":             true,
	"aws:sourcevpc":             true,
	"aws:sourcevpce":            true,
	"aws:sourceowner":           true,
	"aws:sourceaccount":         true,
	"aws:sourceip":              true,
	"aws:sourceorgid":           true,
	"aws:sourceorgpaths":        true,
	"aws:principalarn":          true,
	"aws:principalaccount":      true,
	"aws:principalorgid":        true,
	"aws:principalorgpaths":     true,
	"aws:userid":                true,
	"aws:vpcsourceip":           true,
	"s3:dataaccesspointarn":     true,
	"s3:dataaccesspointaccount": true,
	"kms:callerarn":             true,
	"kms:calleraccount":         true,
	"lambda:functionarn":        true,
	"sts:externalid":            true,
	"aws:resourceorgid":         true,
	"aws:resourceaccount":       true,
}

// idKeys hold opaque identifiers (organisation, account, external ID): a
// pattern in them admits identifiers nobody chose.
var idKeys = map[string]bool{
	"aws:sourceowner":           true,
	"aws:sourceaccount":         true,
	"aws:sourceorgid":           true,
	"aws:principalaccount":      true,
	"aws:principalorgid":        true,
	"s3:dataaccesspointaccount": true,
	"kms:calleraccount":         true,
	"sts:externalid":            true,
	"aws:resourceorgid":         true,
	"aws:resourceaccount":       true,
}

// networkIDKeys hold the IDs of VPCs and VPC endpoints, which anyone can
// create: only a fixed ID names the owner's.
var networkIDKeys = map[string]bool{"aws:sourcevpc": true, "aws:sourcevpce": true}

// positiveOperators compare for equality or containment; a negated operator
// (StringNotEquals, ArnNotLike, NotIpAddress) admits everyone else and does
// not restrict.
var positiveOperators = map[string]bool{
	"StringEquals":           true,
	"StringEqualsIgnoreCase": true,
	"StringLike":             true,
	"ArnEquals":              true,
	"ArnLike":                true,
	"IpAddress":              true,
}

// Restricts reports whether the condition limits a grant to specific
// principals, organisations, sources or networks. Conditions on other keys,
// such as aws:SecureTransport or s3:prefix, do not limit who.
func (c Condition) Restricts() bool {
	key := strings.ToLower(c.Key)
	return restrictingKeys[key] && c.pins(key)
}

// pins reports whether the condition admits only requests whose key (the
// condition's own, lower case) holds one of a fixed set of values.
func (c Condition) pins(key string) bool {
	if c.Unknown || !positiveOperators[c.Base] || len(c.Values)+len(c.Deferred) == 0 {
		return false
	}
	// IfExists passes when the key is absent: anonymous callers carry no
	// aws:PrincipalOrgID, so the condition admits them.
	if c.IfExists {
		return false
	}
	// ForAnyValue with an empty request set is false and ForAllValues is
	// true: ForAllValues on a single-valued key admits callers without it.
	if c.Set == "ForAllValues" {
		return false
	}
	for _, v := range c.Values {
		if !fixedValue(key, c.Base, v) {
			return false
		}
	}
	return true
}

// fixedValue reports whether a condition value names a specific set rather
// than everything: no bare "*" and, for IP conditions, no range that covers
// the whole Internet.
func fixedValue(key, op, v string) bool {
	if v == "" || v == "*" || strings.Contains(v, "${") {
		// a policy variable ("${aws:SourceVpce}") takes each request's
		// own value: it admits everyone
		return false
	}
	if key == "aws:sourceip" || key == "aws:vpcsourceip" || op == "IpAddress" {
		prefix, err := netip.ParsePrefix(v)
		if err != nil {
			addr, err := netip.ParseAddr(v)
			return err == nil && addr.IsValid()
		}
		// S3 treats prefixes shorter than /8 (IPv4) or /32 (IPv6) as public.
		if prefix.Addr().Is4() {
			return prefix.Bits() >= 8
		}
		return prefix.Bits() >= 32
	}
	// ArnEquals matches wildcards as ArnLike does.
	if op == "StringLike" || op == "ArnLike" || op == "ArnEquals" {
		// A pattern like "arn:aws:iam::*:role/x" or "o-*" admits any account.
		if strings.HasPrefix(v, "*") {
			return false
		}
		if (idKeys[key] || networkIDKeys[key]) && strings.ContainsAny(v, "*?") {
			return false // "o-*", "vpce-*": a wildcard in an ID admits others' IDs
		}
		if key == "aws:principalorgpaths" || key == "aws:sourceorgpaths" {
			if org, _, _ := strings.Cut(v, "/"); strings.ContainsAny(org, "*?") {
				return false
			}
		}
		if strings.Contains(key, "arn") || strings.HasPrefix(v, "arn:") {
			parts := strings.SplitN(v, ":", 6)
			if len(parts) < 5 && strings.ContainsAny(v, "*?") {
				return false // "arn:aws:*": any account's resources
			}
			switch {
			case len(parts) == 6 && strings.HasPrefix(parts[2], "s3") && parts[3] == "" && parts[4] == "":
				// A bucket ARN names no account, and bucket names are
				// global: "arn:aws:s3:::*" or "arn:aws:s3:::logs-*" admits
				// buckets anyone can create.
				bucket, _, _ := strings.Cut(parts[5], "/")
				if bucket == "" || strings.ContainsAny(bucket, "*?") {
					return false
				}
			case len(parts) >= 5 && (parts[4] == "*" || parts[4] == ""):
				return false
			}
		}
	}
	return true
}

// NamesSource reports whether a Lambda permission's source_arn (key
// "aws:SourceArn"), source_account ("aws:SourceAccount") or
// principal_org_id ("aws:PrincipalOrgID") value names a specific source,
// as the condition Lambda builds from it would.
func NamesSource(key, v string) bool {
	op := "StringEquals"
	if strings.EqualFold(key, "aws:SourceArn") {
		op = "ArnLike"
	}
	return fixedValue(strings.ToLower(key), op, v)
}

// RestrictedBy returns the statement's conditions that restrict who may use
// it (see Condition.Restricts).
func (s *Statement) RestrictedBy() []Condition {
	var out []Condition
	for _, c := range s.Conditions {
		if c.Restricts() {
			out = append(out, c)
		}
	}
	return out
}

// Restricted reports whether some condition of the statement limits who may
// use it, as S3 defines a non-public policy: a fixed source IP range counts.
func (s *Statement) Restricted() bool { return len(s.RestrictedBy()) > 0 }

// ipKeys hold the caller's network address.
var ipKeys = map[string]bool{"aws:sourceip": true, "aws:vpcsourceip": true}

// RestrictedToAccounts reports whether some condition of the statement
// limits which AWS accounts' principals may use it. An IP range does not:
// a principal of any account, a personal one included, can call from the
// office network or a shared NAT address. Role trust and key policies,
// which admit AWS principals rather than anonymous readers, are judged so.
func (s *Statement) RestrictedToAccounts() bool {
	for _, c := range s.RestrictedBy() {
		if !ipKeys[strings.ToLower(c.Key)] {
			return true
		}
	}
	return false
}

// negatedOperators are the inverse of positiveOperators: a Deny with one of
// them on a restricting key denies everyone outside a fixed set.
var negatedOperators = map[string]bool{
	"StringNotEquals":           true,
	"StringNotEqualsIgnoreCase": true,
	"StringNotLike":             true,
	"ArnNotEquals":              true,
	"ArnNotLike":                true,
	"NotIpAddress":              true,
}

// deniesOutsiders reports whether a condition, on a Deny statement, limits
// the deny to callers outside a fixed set of principals, sources or networks
// ("deny unless aws:SourceVpce is vpce-1"), so that whatever else the
// policy allows is reachable only from inside that set.
func (c Condition) deniesOutsiders() bool {
	if c.Unknown || c.Set == "ForAllValues" {
		return false
	}
	key := strings.ToLower(c.Key)
	if !restrictingKeys[key] || !negatedOperators[c.Base] || len(c.Values) == 0 {
		return false
	}
	for _, v := range c.Values {
		if !fixedValue(key, strings.Replace(c.Base, "Not", "", 1), v) {
			return false
		}
	}
	return true
}
