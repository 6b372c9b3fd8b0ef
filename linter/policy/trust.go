package policy

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// assumes reports whether an Allow statement of a trust policy lets its
// principals assume the role in some way.
func (s *Statement) assumes() bool {
	if s.Effect != Allow {
		return false
	}
	for _, a := range []string{"sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"} {
		if s.AllowsAction(a) {
			return true
		}
	}
	return false
}

// TrustPublic reports trust statements that let any principal of any
// account assume the role (Principal "*" or {"AWS": "*"}) without a
// condition that restricts which accounts, such as aws:PrincipalOrgID,
// aws:PrincipalArn or sts:ExternalId (an IP range does not: see
// Statement.RestrictedToAccounts).
func TrustPublic(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if !s.assumes() || s.RestrictedToAccounts() {
			continue
		}
		if s.Unknown["principal"] || s.Unknown["condition"] {
			if s.Unknown["principal"] || s.Public() {
				is := s.issue(CheckTrustPublic, "critical", "may let anyone assume the role: its principal or condition is known only after apply. Use values known at plan time.")
				is.Undecided = true
				out = append(out, is)
			}
			continue
		}
		if !s.Public() {
			continue
		}
		out = append(out, s.issue(CheckTrustPublic, "critical", `lets any principal of any AWS account assume the role (Principal "*") without a condition that restricts which accounts, such as aws:PrincipalOrgID, aws:PrincipalArn or sts:ExternalId (a source IP range is no such condition: any account's principal can call from it): anyone who learns the role ARN gets its permissions. Name the trusted principals, or add such a condition.`))
	}
	return out
}

var accountRe = regexp.MustCompile(`^[0-9]{12}$`)

// AccountOf returns the AWS account ID of an AWS principal: a bare account
// ID, or an IAM or STS ARN; "" for "*", services and values known only after
// apply.
func AccountOf(id string) string {
	if accountRe.MatchString(id) {
		return id
	}
	parts := strings.SplitN(id, ":", 6)
	if len(parts) == 6 && parts[0] == "arn" && (parts[2] == "iam" || parts[2] == "sts") && accountRe.MatchString(parts[4]) {
		return parts[4]
	}
	return ""
}

// TrustedAccounts returns, per trust statement that has none of the
// conditions a cross-account trust needs (see crossAccountGuarded), the AWS
// accounts whose principals it lets assume the role.
func TrustedAccounts(d *Document) map[*Statement][]string {
	out := map[*Statement][]string{}
	for _, s := range d.Statements {
		if !s.assumes() || len(s.Unknown) > 0 || s.crossAccountGuarded() {
			continue
		}
		var accounts []string
		for _, p := range s.Principals {
			if a := AccountOf(p.ID); p.Type == "AWS" && a != "" {
				accounts = append(accounts, a)
			}
		}
		if s.Public() {
			// Principal "*" narrowed to accounts by a condition
			accounts = append(accounts, conditionAccounts(s)...)
		}
		for _, a := range accounts {
			if !slices.Contains(out[s], a) {
				out[s] = append(out[s], a)
			}
		}
	}
	return out
}

// conditionAccounts returns the accounts that fixed aws:PrincipalAccount or
// aws:PrincipalArn values of a statement name.
func conditionAccounts(s *Statement) []string {
	var out []string
	for _, c := range s.Conditions {
		if !c.Restricts() {
			continue
		}
		switch strings.ToLower(c.Key) {
		case "aws:principalaccount", "aws:principalarn":
			for _, v := range c.Values {
				if a := AccountOf(v); a != "" {
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// crossAccountGuarded reports whether a trust statement limits callers of
// other accounts: sts:ExternalId (the third-party guard), organisation
// membership, or multi-factor authentication.
func (s *Statement) crossAccountGuarded() bool {
	for _, c := range s.Conditions {
		if c.IfExists || negatedOperators[c.Base] {
			continue
		}
		switch strings.ToLower(c.Key) {
		case "sts:externalid", "aws:principalorgid", "aws:principalorgpaths":
			// Null {"sts:ExternalId": "false"} or StringLike "*" admit any
			// value: no guard.
			if c.Restricts() {
				return true
			}
		case "aws:multifactorauthpresent":
			if c.Base == "Bool" && slices.Contains(c.Values, "true") {
				return true
			}
		}
	}
	return false
}

// TrustCrossAccount reports trust statements that let principals of other
// accounts than own assume the role without sts:ExternalId, an
// organisation condition or MFA.
func TrustCrossAccount(d *Document, own map[string]bool) []Issue {
	var out []Issue
	trusted := TrustedAccounts(d)
	for _, s := range d.Statements {
		var foreign []string
		for _, a := range trusted[s] {
			if !own[a] {
				foreign = append(foreign, a)
			}
		}
		if len(foreign) == 0 {
			continue
		}
		out = append(out, s.issue(CheckTrustCrossAccount, "medium", fmt.Sprintf("lets principals of another AWS account (%s) assume the role without an sts:ExternalId, aws:PrincipalOrgID or aws:MultiFactorAuthPresent condition: whoever controls that account decides who gets this role's permissions, and a third party acting for several customers can be tricked into using it (the confused-deputy problem). Add sts:ExternalId for a third party, or aws:PrincipalOrgID for accounts of your organisation.", strings.Join(foreign, ", "))))
	}
	return out
}

// sharedIssuers are OpenID Connect providers that issue tokens to every
// customer alike: their audience claim is the same for everyone, so only the
// subject claim tells your workloads from anyone else's. The value is the
// subject prefix before the tenant name.
var sharedIssuers = []struct {
	host, prefix, what, example string
}{
	{"token.actions.githubusercontent.com", "repo:", "any GitHub repository, anyone's", "OWNER/NAME"},
	{"gitlab.com", "project_path:", "any GitLab.com project, anyone's", "GROUP/PROJECT"},
	{"app.terraform.io", "organization:", "any HCP Terraform workspace, anyone's", "ORG:project:PROJECT"},
	{"oidc.eks.", "system:serviceaccount:", "any service account in the EKS cluster", "NAMESPACE:NAME"},
}

// TrustOIDC reports web-identity trust that does not pin the token
// (Access Analyzer MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL and
// MISSING_GITHUB_REPO_CONDITION_KEY): no condition on the identity
// provider's claims lets anyone with an account at the provider assume the
// role; for providers shared by all their customers (GitHub Actions, GitLab,
// HCP Terraform, EKS) the subject claim must name your repository,
// project, workspace or service account.
func TrustOIDC(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if !s.assumes() || !s.AllowsAction("sts:AssumeRoleWithWebIdentity") {
			continue
		}
		for _, host := range oidcHosts(s) {
			msg := oidcProblem(s, host)
			if msg == "" {
				continue
			}
			sev := "critical"
			if strings.HasPrefix(host, "oidc.eks.") {
				sev = "high"
			}
			if s.Unknown["condition"] {
				if subjectPinned(s) {
					break
				}
				// The conditions known now do not pin the token; one known
				// only after apply (its key built from the provider's URL,
				// say) may.
				is := s.issue(CheckTrustOIDC, sev, "may let tokens of "+oidcName(host)+" assume the role without pinning their claims: the conditions known at plan time do not, and the key or values of another are known only after apply. Write the condition keys and values so that they are known at plan time.")
				is.Undecided = true
				out = append(out, is)
				break
			}
			out = append(out, s.issue(CheckTrustOIDC, sev, msg))
		}
	}
	return out
}

// subjectPinned reports whether a condition whose key is known only after
// apply (built from the provider's URL, as EKS modules write it) pins the
// token by its values alone: every value is a specific subject of a shared
// issuer ("system:serviceaccount:NAMESPACE:NAME", "repo:OWNER/NAME:..."),
// which only the sub claim carries. Whatever the key turns out to be, the
// condition then lets only those subjects in: a key the request lacks fails
// a positive operator, and any other claim never holds such a value.
func subjectPinned(s *Statement) bool {
	for _, c := range s.Conditions {
		if !c.KeyUnknown || !positiveOperators[c.Base] || c.IfExists || c.Set == "ForAllValues" || len(c.Values) == 0 {
			continue
		}
		if !slices.ContainsFunc(c.Values, func(v string) bool { return !specificSubject(v, c.Base) }) {
			return true
		}
	}
	return false
}

// specificSubject reports whether v, compared with operator op, is a
// shared issuer's subject that names one tenant (see openSubject).
func specificSubject(v, op string) bool {
	for _, iss := range sharedIssuers {
		if strings.HasPrefix(strings.ToLower(v), iss.prefix) {
			return !openSubject(v, iss.prefix, op)
		}
	}
	return false
}

// oidcHosts returns the identity providers a statement trusts: from the
// Federated principal's ARN (arn:aws:iam::123:oidc-provider/HOST) or name
// (accounts.google.com), or, when the ARN is known only after apply, from
// the prefixes of its condition keys ("HOST:sub"). A provider ARN known
// only after apply with no such condition yields "".
func oidcHosts(s *Statement) []string {
	var hosts []string
	add := func(h string) {
		if !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	for _, p := range s.Principals {
		if p.Type != "Federated" || strings.Contains(p.ID, ":saml-provider/") {
			continue
		}
		switch {
		case Deferred(p.ID):
			keyed := false
			for _, c := range s.Conditions {
				if h, _, ok := strings.Cut(c.Key, ":"); ok && strings.Contains(h, ".") {
					add(strings.ToLower(h))
					keyed = true
				}
			}
			if !keyed {
				add("")
			}
		case strings.Contains(p.ID, ":oidc-provider/"):
			_, h, _ := strings.Cut(p.ID, ":oidc-provider/")
			add(strings.ToLower(h))
		default:
			add(strings.ToLower(p.ID))
		}
	}
	sort.Strings(hosts)
	return hosts
}

// oidcProblem says what is wrong with the conditions a statement puts on
// the tokens of one identity provider, or "".
func oidcProblem(s *Statement, host string) string {
	var keys []Condition
	for _, c := range s.Conditions {
		h, _, ok := strings.Cut(strings.ToLower(c.Key), ":")
		if ok && (h == host || (host == "" && strings.Contains(h, "."))) && !c.IfExists && !negatedOperators[c.Base] {
			keys = append(keys, c)
		}
	}
	if len(keys) == 0 {
		key := host
		if key == "" {
			key = "PROVIDER" // the provider's host, as in its URL
		}
		return fmt.Sprintf("lets tokens of %s assume the role without any condition on their claims (Access Analyzer: MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL): anyone with an account there can. Add conditions on %s:aud and %s:sub that name your application.", oidcName(host), key, key)
	}
	for _, iss := range sharedIssuers {
		if !strings.HasPrefix(host, iss.host) {
			continue
		}
		var sub *Condition
		for i, c := range keys {
			if strings.HasSuffix(strings.ToLower(c.Key), ":sub") {
				sub = &keys[i]
			}
		}
		code := ""
		if iss.host == "token.actions.githubusercontent.com" {
			code = " (Access Analyzer: MISSING_GITHUB_REPO_CONDITION_KEY)"
		}
		if sub == nil {
			return fmt.Sprintf("lets tokens of %s assume the role with no condition on %s:sub%s: the audience is the same for every customer of the provider, so %s can assume it. Add a StringEquals or StringLike condition on %s:sub that names yours, e.g. \"%s%s...\".", host, host, code, iss.what, host, iss.prefix, iss.example)
		}
		for _, v := range sub.Values {
			if openSubject(v, iss.prefix, sub.Base) {
				return fmt.Sprintf("lets tokens of %s assume the role with %s:sub %q%s, which matches %s. Name your own in the value, e.g. \"%s%s...\".", host, host, v, code, iss.what, iss.prefix, iss.example)
			}
		}
	}
	return ""
}

// oidcName names an identity provider by its host for messages.
func oidcName(host string) string {
	if host == "" {
		return "the OpenID Connect provider (its ARN is known only after apply)"
	}
	return "the OpenID Connect provider " + host
}

// openSubject reports whether a subject pattern leaves the tenant part (the
// repository owner, project group, organisation or namespace) open. Only
// StringLike expands "*" and "?": under StringEquals a value matches itself
// alone, so "repo:my-org*" admits no token at all.
func openSubject(v, prefix, op string) bool {
	if op != "StringLike" {
		return false
	}
	if v == "" || strings.HasPrefix(v, "*") {
		return true
	}
	rest, ok := strings.CutPrefix(strings.ToLower(v), prefix)
	if !ok {
		return false
	}
	// The tenant runs to the first "/" or ":" ("repo:OWNER/NAME:ref:...",
	// "system:serviceaccount:NAMESPACE:NAME"); a wildcard in it, even at
	// its end ("repo:octo-org*"), matches other tenants' names too.
	tenant := rest
	if i := strings.IndexAny(rest, "/:"); i >= 0 {
		tenant = rest[:i]
	}
	return tenant == "" || strings.ContainsAny(tenant, "*?")
}

// PlanAccounts returns the AWS account IDs a plan applies to, as far as it
// shows them: the account_id of aws_caller_identity data sources and the
// accounts in the known ARNs of the IAM roles, users, groups and policies
// it manages.
func PlanAccounts(p *plan.Plan) map[string]bool {
	own := map[string]bool{}
	for _, d := range p.DataOfType("aws_caller_identity") {
		if a := d.Get("account_id").String(); accountRe.MatchString(a) {
			own[a] = true
		}
	}
	for _, typ := range []string{"aws_iam_role", "aws_iam_user", "aws_iam_group", "aws_iam_policy"} {
		for _, r := range p.OfType(typ) {
			if a := AccountOf(r.Get("arn").String()); a != "" {
				own[a] = true
			}
		}
	}
	return own
}
