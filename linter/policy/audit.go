package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

// Issue is a problem found in one policy document on its own (without the
// plan around it). The srmlint IAM and KMS rules report these per policy;
// the provider's iam_policy_findings function returns them.
type Issue struct {
	Check     string // the srmlint rule ID that reports it
	Severity  string // critical, high, medium or low
	Statement int    // statement index, -1 for the whole document
	Sid       string
	Message   string
}

// Issue checks, named after the rules that report them.
const (
	CheckAdmin          = "iam_policy_admin_access"
	CheckServiceWild    = "iam_policy_service_wildcard"
	CheckNotAction      = "iam_policy_allow_not_action"
	CheckNotResource    = "iam_policy_allow_not_resource"
	CheckPassRole       = "iam_policy_passrole_all_roles"
	CheckKMSDecrypt     = "kms_decrypt_all_keys"
	CheckPrivesc        = "iam_privilege_escalation"
	CheckPublic         = "policy_public_principal"
	CheckNotPrincipal   = "policy_allow_not_principal"
	CheckInvalid        = "policy_invalid"
	CheckMissingVersion = "policy_missing_version"
)

// unconstrained reports whether a statement's resources cover everything.
func (s *Statement) unconstrained() bool {
	if s.NotResources != nil {
		return true // everything except a few
	}
	for _, r := range s.Resources {
		if r == "*" {
			return true
		}
	}
	return false
}

// GrantsUnconstrained reports whether the document allows an action on all
// resources without conditions, and no unconditional Deny takes it back:
// the test cloudsplaining and Security Hub (IAM.1, KMS.1) apply.
func (d *Document) GrantsUnconstrained(action string) bool {
	allowed := false
	for _, s := range d.Statements {
		if s.Effect == Allow && len(s.Conditions) == 0 && len(s.Unknown) == 0 && s.unconstrained() && s.AllowsAction(action) {
			allowed = true
			break
		}
	}
	return allowed && !d.deniedEverywhere(action)
}

// deniedEverywhere reports whether an unconditional Deny on all resources
// covers every action matching pattern.
func (d *Document) deniedEverywhere(pattern string) bool {
	for _, s := range d.Statements {
		if s.Effect != Deny || len(s.Conditions) > 0 || len(s.Unknown) > 0 || !s.unconstrained() || s.NotResources != nil {
			continue
		}
		if s.NotActions != nil {
			covered := true
			for _, na := range s.NotActions {
				if Intersects(na, pattern) {
					covered = false
				}
			}
			if covered {
				return true
			}
			continue
		}
		for _, a := range s.Actions {
			if Covers(a, pattern) {
				return true
			}
		}
	}
	return false
}

// AuditIdentity checks a policy attached to a principal (user, group or
// role): administrator access, service wildcards, NotAction/NotResource with
// Allow, iam:PassRole on all roles, kms:Decrypt on all keys, and the
// privilege-escalation paths that this document alone completes.
func AuditIdentity(d *Document) []Issue {
	var out []Issue
	if d.Version == "" {
		out = append(out, Issue{Check: CheckMissingVersion, Severity: "low", Statement: -1,
			Message: `The policy has no "Version": policy variables such as ${aws:username} are then taken literally. Add "Version": "2012-10-17".`})
	}
	admin := false
	for _, s := range d.Statements {
		if s.Effect != Allow || len(s.Unknown) > 0 {
			continue
		}
		if s.unconstrained() && s.NotActions == nil && containsWildcardAll(s.Actions) {
			admin = true
			out = append(out, s.issue(CheckAdmin, "high", `allows every action ("*") on every resource: full administrator access. Grant the actions the workload needs on the resources it uses.`))
		}
		if wild := serviceWildcards(s.Actions); len(wild) > 0 {
			out = append(out, s.issue(CheckServiceWild, "low", fmt.Sprintf("allows every action of a service (%s). Name the actions the workload needs; read-only wildcards such as ec2:Describe* are fine.", strings.Join(wild, ", "))))
		}
		if s.NotActions != nil {
			out = append(out, s.issue(CheckNotAction, "medium", fmt.Sprintf("allows everything except [%s] (NotAction with Allow): any action AWS adds later is granted too. List the allowed actions instead.", strings.Join(s.NotActions, ", "))))
		}
		if s.NotResources != nil {
			out = append(out, s.issue(CheckNotResource, "medium", fmt.Sprintf("applies to every resource except [%s] (NotResource with Allow), including resources created later. List the allowed resources instead.", strings.Join(s.NotResources, ", "))))
		}
	}
	for _, a := range []string{"kms:Decrypt", "kms:ReEncryptFrom"} {
		if d.GrantsUnconstrained(a) {
			i := firstAllowing(d, a)
			out = append(out, Issue{Check: CheckKMSDecrypt, Severity: "medium", Statement: i, Sid: sidOf(d, i),
				Message: a + ` is allowed on all KMS keys ("Resource": "*"): the principal can decrypt data protected by any key whose key policy trusts the account. Restrict Resource to the key ARNs it needs.`})
		}
	}
	// Administrator access subsumes PassRole on all roles and every
	// escalation path; repeating them would bury the one finding that matters.
	if admin {
		return out
	}
	for _, s := range d.Statements {
		if s.Effect == Allow && len(s.Unknown) == 0 && s.unconstrained() && s.AllowsAction("iam:PassRole") && !s.hasCondition("iam:PassedToService") {
			out = append(out, s.issue(CheckPassRole, "high", "allows iam:PassRole on all roles without an iam:PassedToService condition: the principal can hand any role, including admin roles, to a service it controls. Restrict Resource to the roles it must pass."))
		}
	}
	if paths := PrivescCompleted(d.GrantsUnconstrained); len(paths) > 0 {
		out = append(out, Issue{Check: CheckPrivesc, Severity: "high", Statement: -1, Message: PrivescMessage(paths)})
	}
	return out
}

// PrivescMessage describes completed escalation paths: each path's name,
// the actions that complete it and where it is documented.
func PrivescMessage(paths []catalog.PrivescPath) string {
	parts := make([]string, len(paths))
	for i, p := range paths {
		ref := p.URL
		if ref == "" {
			ref = p.Sources
		}
		parts[i] = fmt.Sprintf("%s %q (%s; %s)", p.ID, p.Name, strings.Join(p.Actions, " + "), ref)
	}
	noun := "path"
	if len(paths) > 1 {
		noun = "paths"
	}
	return fmt.Sprintf("The granted actions complete %d privilege-escalation %s, each letting the principal raise its own privileges: %s. Remove the actions, or restrict them to specific resources.", len(paths), noun, strings.Join(parts, "; "))
}

// AuditResource checks a resource policy (bucket, key, queue, topic
// policies and trust policies): grants to everyone and Allow with
// NotPrincipal.
func AuditResource(d *Document) []Issue {
	var out []Issue
	for _, s := range d.Statements {
		if s.Effect != Allow || len(s.Unknown) > 0 {
			continue
		}
		if s.HasNotPrinc {
			out = append(out, s.issue(CheckNotPrincipal, "high", fmt.Sprintf("allows everyone except [%s] (Allow with NotPrincipal), anonymous callers included. Name the allowed principals instead.", principalList(s.NotPrincipals))))
			continue
		}
		if s.Public() && !s.Restricted() {
			out = append(out, s.issue(CheckPublic, "critical", fmt.Sprintf(`allows %s to Principal "*" without a condition that restricts who (such as aws:PrincipalOrgID, aws:SourceArn or aws:SourceVpce): anyone can use it.`, strings.Join(actionsText(s), ", "))))
		}
	}
	return out
}

func (s *Statement) issue(check, sev, msg string) Issue {
	return Issue{Check: check, Severity: sev, Statement: s.Index, Sid: s.Sid, Message: statementLabel(s) + " " + msg}
}

func statementLabel(s *Statement) string {
	if s.Sid != "" {
		return fmt.Sprintf("Statement %d (%q)", s.Index, s.Sid)
	}
	return fmt.Sprintf("Statement %d", s.Index)
}

func actionsText(s *Statement) []string {
	if s.NotActions != nil {
		return []string{"everything except " + strings.Join(s.NotActions, ", ")}
	}
	return s.Actions
}

func principalList(ps []Principal) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return strings.Join(out, ", ")
}

func (s *Statement) hasCondition(key string) bool {
	for _, c := range s.Conditions {
		if strings.EqualFold(c.Key, key) {
			return true
		}
	}
	return false
}

func containsWildcardAll(actions []string) bool {
	for _, a := range actions {
		if a == "*" {
			return true
		}
	}
	return false
}

// serviceWildcards returns the "service:*" actions of a list.
func serviceWildcards(actions []string) []string {
	var out []string
	for _, a := range actions {
		if svc, act, ok := strings.Cut(a, ":"); ok && act == "*" && svc != "" && !strings.ContainsAny(svc, "*?") {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

func firstAllowing(d *Document, action string) int {
	for _, s := range d.Statements {
		if s.Effect == Allow && len(s.Conditions) == 0 && s.unconstrained() && s.AllowsAction(action) {
			return s.Index
		}
	}
	return -1
}

func sidOf(d *Document, i int) string {
	if i >= 0 && i < len(d.Statements) {
		return d.Statements[i].Sid
	}
	return ""
}

// PrivescCompleted returns the privilege-escalation paths of the catalog
// whose required actions are all granted according to granted.
func PrivescCompleted(granted func(action string) bool) []catalog.PrivescPath {
	var out []catalog.PrivescPath
	for _, p := range catalog.PrivescPaths() {
		all := true
		for _, a := range p.Actions {
			if !granted(a) {
				all = false
				break
			}
		}
		if all {
			out = append(out, p)
		}
	}
	return out
}
