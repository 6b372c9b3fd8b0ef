package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// kmsKeyTypes are the resources that create a KMS key the customer manages.
var kmsKeyTypes = []string{"aws_kms_key", "aws_kms_external_key", "aws_kms_replica_key", "aws_kms_replica_external_key"}

// keyKind classifies the KMS key that encrypts a data store.
type keyKind int

const (
	keyNone     keyKind = iota // no key set: the service's default encryption
	keyAWS                     // an AWS managed key (alias/aws/<service>)
	keyCustomer                // a customer managed key
	keyUnknown                 // known only after apply, and the configuration cannot tell
)

// kmsKeyOf classifies the key named by attribute path attr of r. A value
// known only after apply that the configuration takes from a key (or alias)
// resource is a customer managed key; otherwise it is unknown and what
// describes the value for messages.
func kmsKeyOf(p *plan.Plan, r *plan.Resource, attr string) (kind keyKind, what string) {
	v := blockSetting(r, attr)
	if s, ok := v.Str(); ok {
		switch {
		case s == "":
			return keyNone, ""
		case awsManagedKey(s):
			return keyAWS, fmt.Sprintf("%s = %q (an AWS managed key)", attr, s)
		}
		return keyCustomer, ""
	}
	if !v.Unknown() {
		return keyNone, ""
	}
	if len(p.Referenced(r, attr, append([]string{"aws_kms_alias"}, kmsKeyTypes...)...)) > 0 {
		return keyCustomer, ""
	}
	what = attr + " is known only after apply"
	if refs := r.References(attr); len(refs) > 0 {
		what += " (it comes from " + refs[0] + ")"
	}
	return keyUnknown, what
}

// replicaKey is the key of one replica block of a data store.
type replicaKey struct {
	region string
	kind   keyKind
	what   string
}

// replicaKeys classifies the key of each replica block of r (a secret, a
// global table): keyAttr names the key in the block, regionAttr its region.
// A replica has its own key in its region, whatever the primary uses.
func replicaKeys(p *plan.Plan, r *plan.Resource, keyAttr, regionAttr string) []replicaKey {
	var out []replicaKey
	for i, rep := range r.Get("replica").List() {
		kind, what := kmsKeyOf(p, r, fmt.Sprintf("replica.%d.%s", i, keyAttr))
		out = append(out, replicaKey{rep.Get(regionAttr).String(), kind, what})
	}
	return out
}

// awsManagedKey reports whether a key ID, ARN or alias names an AWS managed
// key (alias/aws/s3, arn:aws:kms:...:alias/aws/sqs).
func awsManagedKey(s string) bool {
	return strings.HasPrefix(s, "alias/aws/") || strings.Contains(s, ":alias/aws/")
}

// blockSetting is plan.Resource.Setting for an argument inside a nested
// block: a value known only after apply that the configuration does not set
// (the provider computes it) is the default, i.e. null.
func blockSetting(r *plan.Resource, path string) plan.Value {
	v := r.Setting(path)
	if v.Unknown() && r.Config != nil && !r.Configured(path) && !r.InDynamicBlock(path) {
		return plan.Value{}
	}
	return v
}

// planAccounts returns the AWS account IDs the plan's aws_caller_identity
// data sources report: the accounts whose resources the plan manages.
func planAccounts(p *plan.Plan) []string {
	var out []string
	for _, d := range p.DataOfType("aws_caller_identity") {
		if id := d.Get("account_id").String(); id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// keyPolicies returns the resources that hold the plan's key policies:
// each aws_kms_key_policy, and each key resource that no
// aws_kms_key_policy governs (an existing key's policy argument is read
// back from AWS and repeats that resource's policy).
func keyPolicies(p *plan.Plan) []*plan.Resource {
	out := p.OfType("aws_kms_key_policy")
	governed := map[*plan.Resource]bool{}
	for _, r := range out {
		for _, k := range p.Linked(r, "key_id", kmsKeyTypes, "key_id", "id", "arn") {
			governed[k] = true
		}
	}
	for _, typ := range kmsKeyTypes {
		for _, k := range p.OfType(typ) {
			if !governed[k] {
				out = append(out, k)
			}
		}
	}
	return out
}

// keyLabel names the key a policy belongs to, for messages.
func keyLabel(p *plan.Plan, r *plan.Resource) string {
	if r.Type != "aws_kms_key_policy" {
		return "KMS key " + r.Address
	}
	if keys := p.Linked(r, "key_id", kmsKeyTypes, "key_id", "id", "arn"); len(keys) == 1 {
		return "KMS key " + keys[0].Address + " (policy " + r.Address + ")"
	}
	if id := r.Get("key_id").String(); id != "" {
		return fmt.Sprintf("KMS key %q (policy %s)", id, r.Address)
	}
	return "the KMS key of " + r.Address
}

// formatNumber renders a whole number without a decimal point.
func formatNumber(n float64) string { return fmt.Sprintf("%g", n) }
