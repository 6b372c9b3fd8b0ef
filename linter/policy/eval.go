package policy

import (
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/catalog"
)

// Level says how far an identity's policies are known to grant something.
type Level int

// Levels, weakest first.
const (
	NotGranted Level = iota
	// Undecided: granted only if values known after apply say so.
	Undecided
	Granted
)

// broadAllow says whether an Allow statement grants action on every
// resource of its kind without conditions (the cloudsplaining test: a
// statement with a Condition does not count, nor does one limited to named
// resources). A statement with parts known only after apply is Undecided
// when those parts could make it so. passedTo names the services an
// iam:PassRole is for: a statement whose only conditions admit them in
// iam:PassedToService grants it as fully as one without.
func (s *Statement) broadAllow(action string, passedTo []string) Level {
	if s.Effect != Allow || len(s.Conditions) > 0 && !(strings.EqualFold(action, "iam:PassRole") && s.passesTo(passedTo)) {
		return NotGranted
	}
	acc := Granted
	switch {
	case s.broadResourcesFor(action):
	case s.Unknown["resource"]:
		acc = Undecided
	default:
		return NotGranted
	}
	switch {
	case s.AllowsAction(action):
	case s.Unknown["action"]:
		acc = Undecided
	default:
		return NotGranted
	}
	if s.Unknown["condition"] {
		acc = Undecided
	}
	return acc
}

// broadDeny reports whether a fully known Deny statement takes action away
// on every resource of its kind without conditions. Deny statements with
// conditions or parts known only after apply are not counted: they may not
// apply.
func (s *Statement) broadDeny(action string) bool {
	if s.Effect != Deny || len(s.Conditions) > 0 || len(s.Unknown) > 0 || !s.broadResourcesFor(action) {
		return false
	}
	if s.NotActions != nil {
		for _, na := range s.NotActions {
			if Intersects(na, action) {
				return false
			}
		}
		return true
	}
	for _, a := range s.Actions {
		if Covers(a, action) {
			return true
		}
	}
	return false
}

// allows is the strongest broadAllow of a policy's statements; a document
// known only after apply, or one that may lack statements (see
// Source.Incomplete), may allow anything.
func (po *Policy) allows(action string, passedTo []string) Level {
	if po.Source.Doc == nil {
		if po.Source.Unknown != "" {
			return Undecided
		}
		return NotGranted
	}
	acc := NotGranted
	if po.Source.Incomplete {
		acc = Undecided
	}
	for _, s := range po.Source.Doc.Statements {
		acc = max(acc, s.broadAllow(action, passedTo))
	}
	return acc
}

// mayAllow reports whether some Allow statement of the policy grants
// action on any resource, under any condition, or may (unknown parts).
func (po *Policy) mayAllow(action string) bool {
	if po.Source.Doc == nil || po.Source.Incomplete {
		return po.Source.Doc != nil || po.Source.Unknown != ""
	}
	for _, s := range po.Source.Doc.Statements {
		if s.Effect == Allow && (len(s.Unknown) > 0 || s.AllowsAction(action) && s.mayApply(action)) {
			return true
		}
	}
	return false
}

func (po *Policy) denies(action string) bool {
	if po.Source.Doc == nil {
		return false
	}
	for _, s := range po.Source.Doc.Statements {
		if s.broadDeny(action) {
			return true
		}
	}
	return false
}

// Access is how an identity's policies grant an action.
type Access struct {
	Action string
	Level  Level
	From   []*Policy // the policies that grant it (or may)
}

// Sources names the granting policies, for messages.
func (g Access) Sources() string {
	names := make([]string, len(g.From))
	for i, po := range g.From {
		names[i] = po.name()
	}
	return strings.Join(names, ", ")
}

// Unconstrained says whether the principal may use action on every resource
// of its kind: some policy allows it without conditions on all resources
// (Resource "*", a wildcard covering every resource of the type, or
// NotResource), no unconditional Deny in its policies or its permissions
// boundary takes it away, and the boundary, if the plan shows its content,
// allows it too.
func (pr *Identity) Unconstrained(action string) Access {
	return pr.unconstrained(action, nil)
}

// unconstrained is Unconstrained for iam:PassRole to the given services
// (see broadAllow).
func (pr *Identity) unconstrained(action string, passedTo []string) Access {
	g := Access{Action: action}
	for _, po := range pr.Policies {
		if po.denies(action) {
			return g
		}
	}
	limit := Granted
	if b := pr.Boundary; b != nil && b.Analysed() {
		if b.denies(action) {
			return g
		}
		if limit = b.allows(action, passedTo); limit == NotGranted {
			return g
		}
	}
	var yes, maybe []*Policy
	for _, po := range pr.Policies {
		switch po.allows(action, passedTo) {
		case Granted:
			yes = append(yes, po)
		case Undecided:
			maybe = append(maybe, po)
		}
	}
	switch {
	case len(yes) > 0:
		g.Level, g.From = min(Granted, limit), yes
	case len(maybe) > 0:
		g.Level, g.From = Undecided, maybe
	}
	return g
}

// selfManagement are the actions an identity uses to lift a Deny from its
// own policies: remove, replace or rewrite them.
var selfManagement = []string{
	"iam:DeleteRolePolicy", "iam:DetachRolePolicy", "iam:PutRolePolicy",
	"iam:DeleteUserPolicy", "iam:DetachUserPolicy", "iam:PutUserPolicy",
	"iam:DeleteGroupPolicy", "iam:DetachGroupPolicy", "iam:PutGroupPolicy", "iam:RemoveUserFromGroup",
	"iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
}

// Admin returns the policies that give the principal full administrator
// access: an Allow of "*" on "*" without conditions, unless a Deny in its
// policies also withholds the IAM actions it would need to lift that Deny
// (any other Deny it can remove itself), or a permissions boundary known to
// limit it.
func (pr *Identity) Admin() []*Policy {
	var from []*Policy
	for _, po := range pr.Policies {
		if po.Source.Doc == nil {
			continue
		}
		for _, s := range po.Source.Doc.Statements {
			if s.Effect == Deny && slices.ContainsFunc(selfManagement, s.AllowsAction) {
				return nil
			}
		}
	}
	for _, po := range pr.Policies {
		if po.Source.Doc != nil && slices.ContainsFunc(po.Source.Doc.Statements, (*Statement).allowsAll) {
			from = append(from, po)
		}
	}
	if b := pr.Boundary; len(from) > 0 && b != nil && b.Analysed() {
		if b.Source.Doc == nil {
			return nil
		}
		all := false
		for _, s := range b.Source.Doc.Statements {
			if s.Effect == Deny {
				return nil
			}
			all = all || s.allowsAll()
		}
		if !all {
			return nil
		}
	}
	return from
}

// allowsAll reports whether a statement is Allow "*" on "*" without
// conditions and fully known.
func (s *Statement) allowsAll() bool {
	return s.Effect == Allow && len(s.Conditions) == 0 && len(s.Unknown) == 0 && s.NotActions == nil &&
		containsWildcardAll(s.Actions) && containsWildcardAll(s.Resources)
}

// Located is a statement of one of a principal's policies.
type Located struct {
	Policy    *Policy
	Statement *Statement
}

// Allowing returns the fully known Allow statements without conditions that
// grant action (on any resource), unless an unconditional Deny takes it
// away everywhere or the permissions boundary never allows it.
func (pr *Identity) Allowing(action string) []Located {
	if b := pr.Boundary; b != nil && b.Analysed() && (b.denies(action) || !b.mayAllow(action)) {
		return nil
	}
	var out []Located
	for _, po := range pr.Policies {
		if po.denies(action) {
			return nil
		}
		if po.Source.Doc == nil {
			continue
		}
		for _, s := range po.Source.Doc.Statements {
			if s.Effect == Allow && len(s.Conditions) == 0 && len(s.Unknown) == 0 && s.AllowsAction(action) && s.mayApply(action) {
				out = append(out, Located{po, s})
			}
		}
	}
	return out
}

// Path is a privilege-escalation path that a principal's policies complete
// (Access Granted) or may complete once values known after apply are
// (Undecided).
type Path struct {
	catalog.PrivescPath
	Level  Level
	Grants []Access // one per required action
}

// Privesc returns the privilege-escalation paths of the catalog whose
// required actions the principal may all use on every resource (see
// Unconstrained): the actions may come from different policies.
func (pr *Identity) Privesc() []Path {
	var out []Path
	for _, cp := range catalog.PrivescPaths() {
		// Most principals complete few paths: decide first, then collect
		// the grants of those they do.
		passedTo := pathServices(cp.Actions)
		level := Granted
		for _, a := range cp.Actions {
			if level = min(level, pr.unconstrained(a, passedTo).Level); level == NotGranted {
				break
			}
		}
		if level == NotGranted {
			continue
		}
		p := Path{PrivescPath: cp, Level: level, Grants: make([]Access, len(cp.Actions))}
		for i, a := range cp.Actions {
			p.Grants[i] = pr.unconstrained(a, passedTo)
		}
		out = append(out, p)
	}
	return out
}

// servicePrincipals are the service principals that take a passed role,
// by action service prefix, where they are not PREFIX.amazonaws.com.
var servicePrincipals = map[string][]string{
	"ecs":       {"ecs-tasks.amazonaws.com"},
	"apprunner": {"build.apprunner.amazonaws.com", "tasks.apprunner.amazonaws.com"},
}

// pathServices returns the service principals a privilege-escalation path
// passes a role to: those of its actions other than IAM's (ec2:RunInstances
// passes it to ec2.amazonaws.com). iam:PassedToService naming one of them
// does not close the path.
func pathServices(actions []string) []string {
	var out []string
	for _, a := range actions {
		svc, _, _ := strings.Cut(strings.ToLower(a), ":")
		if svc == "iam" || svc == "sts" {
			continue
		}
		ps, ok := servicePrincipals[svc]
		if !ok {
			ps = []string{svc + ".amazonaws.com"}
		}
		for _, p := range ps {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// passesTo reports whether the statement's conditions are all on
// iam:PassedToService and admit one of services: passing a role to that
// service is then as open as without them.
func (s *Statement) passesTo(services []string) bool {
	if len(services) == 0 {
		return false
	}
	for _, c := range s.Conditions {
		if c.Unknown || !strings.EqualFold(c.Key, "iam:PassedToService") || !positiveOperators[c.Base] || c.Set == "ForAllValues" {
			return false
		}
		if !slices.ContainsFunc(c.Values, func(v string) bool {
			return slices.ContainsFunc(services, func(svc string) bool { return Match(v, svc) })
		}) {
			return false
		}
	}
	return true
}

// granted returns the accesses to the given actions that are Granted.
func (pr *Identity) granted(actions []string) []Access {
	var out []Access
	for _, a := range actions {
		if g := pr.Unconstrained(a); g.Level == Granted {
			out = append(out, g)
		}
	}
	return out
}

// notAnalysed lists the principal's policies whose content srmlint cannot
// see (defined outside the plan, or AWS managed policies it does not
// embed), and its boundary when that is one of them.
func (pr *Identity) notAnalysed() []string {
	var out []string
	for _, po := range pr.Policies {
		if !po.Analysed() {
			out = append(out, po.name())
		}
	}
	if b := pr.Boundary; b != nil && !b.Analysed() {
		out = append(out, "permissions boundary "+b.Label)
	}
	return out
}

// Unknowns says, for each of the identity's policies whose content is known
// only after apply, what is unknown.
func (pr *Identity) Unknowns() []string {
	var out []string
	for _, po := range pr.Policies {
		if po.Source.Unknown != "" {
			out = append(out, po.name()+": "+po.Source.Unknown)
		}
	}
	if b := pr.Boundary; b != nil && b.Source.Unknown != "" {
		out = append(out, "permissions boundary "+b.name()+": "+b.Source.Unknown)
	}
	return out
}
