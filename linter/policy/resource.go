package policy

import (
	"regexp"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Resource-policy analyses for bucket and key policies: the TLS-only deny
// (S3.5), grants to other accounts (S3.6), and who may do what in a key
// policy (least privilege, separation of duties).

var (
	principalARN = regexp.MustCompile(`^arn:[a-z-]+:(?:iam|sts)::(\d{12}):(.+)$`)
)

// Account returns the account an AWS principal belongs to: a bare account
// ID, or the account of an IAM or STS ARN. It is false for "*", service,
// federated and canonical-user principals and for values known only after
// apply.
func (p Principal) Account() (string, bool) {
	if p.Type != "AWS" {
		return "", false
	}
	a := AccountOf(p.ID)
	return a, a != ""
}

// AccountRoot reports whether an AWS principal names a whole account (its
// ID, or arn:PARTITION:iam::ID:root). In a key or bucket policy that
// delegates access to the account's own IAM policies.
func (p Principal) AccountRoot() bool {
	if p.Type != "AWS" {
		return false
	}
	if accountRe.MatchString(p.ID) {
		return true
	}
	m := principalARN.FindStringSubmatch(p.ID)
	return m != nil && m[2] == "root" && strings.Contains(p.ID, ":iam::")
}

// DeniesInsecureTransport returns the Deny statement that refuses every S3
// action on all objects of the bucket to everyone when aws:SecureTransport
// is false: the statement Security Hub S3.5 requires. undecided holds Deny
// statements that could be it but have parts known only after apply.
//
// A resource known only after apply is accepted: a bucket policy can only
// name its own bucket, and such values are the bucket's ARN.
func (d *Document) DeniesInsecureTransport() (deny *Statement, undecided []*Statement) {
	for _, s := range d.Statements {
		if s.Effect != Deny || s.HasNotPrinc || s.NotActions != nil || s.NotResources != nil {
			continue
		}
		if s.Unknown["principal"] || s.Unknown["action"] || s.Unknown["condition"] {
			undecided = append(undecided, s)
			continue
		}
		if !s.Public() || !coversAll(s.Actions, "s3:*") || !insecureTransportOnly(s.Conditions) {
			continue
		}
		// Resources known only after apply (the bucket's own ARN, usually
		// as "${arn}/*" too) count as the bucket's: the policy is on it.
		if s.Unknown["resource"] || coversAllObjects(s.Resources) || slices.ContainsFunc(s.Resources, Deferred) {
			return s, nil
		}
	}
	return nil, undecided
}

func coversAll(actions []string, pattern string) bool {
	for _, a := range actions {
		if Covers(a, pattern) {
			return true
		}
	}
	return false
}

// insecureTransportOnly reports whether the conditions are exactly "the
// request did not use TLS": any other condition narrows the deny. Every
// request carries aws:SecureTransport, so BoolIfExists is Bool.
func insecureTransportOnly(cs []Condition) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		if !strings.EqualFold(c.Key, "aws:SecureTransport") || c.Base != "Bool" || c.Set != "" || len(c.Values) != 1 || !strings.EqualFold(c.Values[0], "false") {
			return false
		}
	}
	return true
}

// coversAllObjects reports whether some resource pattern matches every
// object key of its bucket: "*", "arn:aws:s3:::b/*" or "arn:aws:s3:::b*".
func coversAllObjects(resources []string) bool {
	for _, r := range resources {
		if r == "*" {
			return true
		}
		parts := strings.SplitN(r, ":", 6)
		if len(parts) != 6 || parts[0] != "arn" || parts[2] != "s3" {
			continue
		}
		bucket, key, hasKey := strings.Cut(parts[5], "/")
		if hasKey && key == "*" || !hasKey && strings.HasSuffix(bucket, "*") {
			return true
		}
	}
	return false
}

// OutsideGrant is an Allow statement that gives actions to principals
// outside the resource owner's account.
type OutsideGrant struct {
	Statement  *Statement
	Actions    []string // the asked-for actions it allows
	Principals []string // who, as written ("*" for everyone)
}

// GrantsOutside returns the Allow statements that give any of actions to
// principals outside the accounts in own: principals of other accounts,
// everyone (Principal "*" without a condition that restricts who), or
// everyone but a NotPrincipal. Service principals act for their service
// and are not counted. When own is empty, or a statement has a principal or
// action known only after apply, the statement is undecided instead.
// Principals taken from resources of the same configuration are treated as
// the owner's own.
func (d *Document) GrantsOutside(own []string, actions ...string) (grants, undecided []OutsideGrant) {
	for _, s := range d.Statements {
		if s.Effect != Allow {
			continue
		}
		var allowed []string
		for _, a := range actions {
			if s.AllowsAction(a) {
				allowed = append(allowed, a)
			}
		}
		if s.Unknown["principal"] || s.Unknown["action"] {
			if len(allowed) > 0 || s.Unknown["action"] {
				undecided = append(undecided, OutsideGrant{Statement: s, Actions: allowed})
			}
			continue
		}
		if len(allowed) == 0 {
			continue
		}
		if s.Unknown["condition"] && s.Public() {
			undecided = append(undecided, OutsideGrant{Statement: s, Actions: allowed})
			continue
		}
		var outside, unsure []string
		switch {
		case s.HasNotPrinc:
			outside = append(outside, "everyone except NotPrincipal ["+principalList(s.NotPrincipals)+"]")
		case s.Public():
			if !s.Restricted() {
				outside = append(outside, "*")
			}
		default:
			for _, p := range s.Principals {
				acct, ok := p.Account()
				switch {
				case !ok:
				case len(own) == 0:
					unsure = append(unsure, p.ID)
				case !slices.Contains(own, acct):
					outside = append(outside, p.ID)
				}
			}
		}
		if len(outside) > 0 {
			grants = append(grants, OutsideGrant{Statement: s, Actions: allowed, Principals: outside})
		} else if len(unsure) > 0 {
			undecided = append(undecided, OutsideGrant{Statement: s, Actions: allowed, Principals: unsure})
		}
	}
	return grants, undecided
}

// WildcardGrant is an Allow statement that gives every action of a service
// to principals other than an account root.
type WildcardGrant struct {
	Statement  *Statement
	Actions    []string    // the wildcard patterns, or the NotAction description
	Principals []Principal // the principals it gives them to
}

// ownRoot reports whether p is the root of one of the own accounts, which
// delegates to that account's IAM policies. With no own account known,
// every account root counts as own.
func ownRoot(p Principal, own []string) bool {
	if !p.AccountRoot() {
		return false
	}
	a := AccountOf(p.ID)
	return len(own) == 0 || a == "" || slices.Contains(own, a)
}

// WildcardGrants returns the Allow statements that give all actions of a
// service (service:*, *, or any NotAction that leaves them all) to some
// principal other than the root of an own account: in a key policy,
// "kms:*" to a role, or to another account, lets it change the policy,
// disable or delete the key and decrypt everything. undecided holds
// statements with a principal or action known only after apply.
func (d *Document) WildcardGrants(service string, own []string) (grants []WildcardGrant, undecided []*Statement) {
	all := service + ":*"
	for _, s := range d.Statements {
		if s.Effect != Allow {
			continue
		}
		if s.Unknown["principal"] || s.Unknown["action"] {
			undecided = append(undecided, s)
			continue
		}
		var wild []string
		if s.NotActions != nil {
			if s.AllowsAction(all) {
				wild = []string{"NotAction [" + strings.Join(s.NotActions, ", ") + "]"}
			}
		} else {
			for _, a := range s.Actions {
				if Covers(a, all) {
					wild = append(wild, a)
				}
			}
		}
		if len(wild) == 0 {
			continue
		}
		var who []Principal
		if s.HasNotPrinc {
			who = []Principal{{Type: "*", ID: "*"}}
		}
		for _, p := range s.Principals {
			if !ownRoot(p, own) {
				who = append(who, p)
			}
		}
		if len(who) > 0 {
			grants = append(grants, WildcardGrant{Statement: s, Actions: wild, Principals: who})
		}
	}
	return grants, undecided
}

// DualRole is a principal that is allowed actions of two sets, such as a
// key's administration and its use.
type DualRole struct {
	Principal Principal
	First     []string // the actions of the first set it is allowed
	Second    []string // the actions of the second set it is allowed
}

// DualRoles returns the named principals (not everyone and not the roots
// of own accounts, which delegate to IAM) that Allow statements give at
// least one action of first and one of second, across statements, less
// what unconditional Deny statements take from them (the usual way to
// enforce the separation in the policy itself). Statements with a
// principal or action known only after apply are skipped; undecided says
// whether there were any.
func (d *Document) DualRoles(first, second, own []string) (roles []DualRole, undecided bool) {
	byPrincipal := map[Principal]*DualRole{}
	var order []Principal
	for _, s := range d.Statements {
		if s.Effect != Allow || s.HasNotPrinc {
			continue
		}
		if s.Unknown["principal"] || s.Unknown["action"] {
			undecided = true
			continue
		}
		for _, p := range s.Principals {
			if p.Everyone() || ownRoot(p, own) {
				continue
			}
			r := byPrincipal[p]
			if r == nil {
				r = &DualRole{Principal: p}
				byPrincipal[p] = r
				order = append(order, p)
			}
			r.First = appendAllowed(r.First, s, first)
			r.Second = appendAllowed(r.Second, s, second)
		}
	}
	for _, s := range d.Statements {
		if s.Effect != Deny || s.HasNotPrinc || len(s.Conditions) > 0 || len(s.Unknown) > 0 {
			continue
		}
		for _, p := range order {
			if slices.ContainsFunc(s.Principals, func(q Principal) bool { return q == p || q.Everyone() }) {
				r := byPrincipal[p]
				r.First = slices.DeleteFunc(r.First, s.AllowsAction)
				r.Second = slices.DeleteFunc(r.Second, s.AllowsAction)
			}
		}
	}
	for _, p := range order {
		if r := byPrincipal[p]; len(r.First) > 0 && len(r.Second) > 0 {
			roles = append(roles, *r)
		}
	}
	return roles, undecided
}

func appendAllowed(have []string, s *Statement, actions []string) []string {
	for _, a := range actions {
		if s.AllowsAction(a) && !slices.Contains(have, a) {
			have = append(have, a)
		}
	}
	return have
}

// referencedDocuments returns the documents of the aws_iam_policy_document
// data sources that attribute attr of data source d is built from (all of
// them, or only those whose JSON is known only after apply), when every
// reference of attr names such a data source. ok is false otherwise: the
// value may then come from anywhere.
//
// When the attribute also refers to input variables, which documents it
// lists depends on them (compact([var.tls ? data.tls.json : "", ...]), as
// cloudposse modules write it): the .tf source's expression is evaluated
// with the variables' values to tell (see selectDocuments).
func referencedDocuments(d *plan.Resource, attr string, all bool) (subs []Source, ok bool) {
	refs := d.References(attr)
	if len(refs) == 0 {
		return nil, false
	}
	var chosen map[string]bool // config names of the documents listed; nil: all
	var texts []string         // documents written out in the expression
	for _, r := range refs {
		if !strings.HasPrefix(r, "data.aws_iam_policy_document.") {
			var ok bool
			if chosen, texts, ok = selectDocuments(d, attr); !ok {
				return nil, false
			}
			break
		}
	}
	for _, doc := range d.Plan().Referenced(d, attr, "aws_iam_policy_document") {
		if (chosen == nil || chosen[doc.Name]) && (all || doc.Get("json").Unknown()) {
			subs = append(subs, FromDocumentData(doc))
		}
	}
	if all {
		for _, t := range texts {
			doc, err := Parse(t)
			subs = append(subs, Source{Doc: doc, Err: err, From: d})
		}
	}
	return subs, len(subs) > 0 || chosen != nil
}
