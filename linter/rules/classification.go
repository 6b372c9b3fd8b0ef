package rules

import (
	"sort"
	"strings"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// dataStoreKeys maps the resource types that hold data to the attribute
// that names their KMS key.
var dataStoreKeys = map[string]string{
	"aws_cloudwatch_log_group":  "kms_key_id",
	"aws_db_instance":           "kms_key_id",
	"aws_dynamodb_table":        "server_side_encryption.0.kms_key_arn",
	"aws_ebs_volume":            "kms_key_id",
	"aws_efs_file_system":       "kms_key_id",
	"aws_rds_cluster":           "kms_key_id",
	"aws_s3_bucket":             "", // see s3Bucket.encryption
	"aws_secretsmanager_secret": "kms_key_id",
	"aws_sns_topic":             "kms_master_key_id",
	"aws_sqs_queue":             "kms_master_key_id",
}

// dataStores returns the plan's data stores, sorted by address. Aurora
// member instances are left out: their cluster holds the data.
func dataStores(p *plan.Plan) []*plan.Resource {
	var out []*plan.Resource
	for typ := range dataStoreKeys {
		for _, r := range p.OfType(typ) {
			if typ == "aws_db_instance" && strings.HasPrefix(r.Get("engine").String(), "aurora") {
				continue
			}
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out
}

// classification reads the classification tag of r from tags_all, which
// includes the provider's default_tags, or else from tags and the
// default_tags of the configuration. unknown says the tag is known only
// after apply.
func classification(r *plan.Resource, key string) (level string, set, unknown bool) {
	all, own := r.Get("tags_all"), r.Get("tags")
	tags := all
	if all.Unknown() {
		// One tag value known only after apply (Name = "app-${random_pet.x.id}")
		// hides all of tags_all: read the resource's own tags, then the
		// provider's default_tags.
		tags = own
	}
	v := tags.Member(key)
	switch {
	case v.Known():
		return v.String(), true, false
	case !all.Unknown():
		return "", false, false
	}
	// An unknown tags map may override the default (the plan cannot say
	// which keys it has); a classification key in it would be unusual.
	defaults, known := r.Plan().DefaultTags(r)
	if lvl, ok := defaults[key]; ok {
		return lvl, true, false
	}
	if v.Unknown() {
		return "", true, true
	}
	// The AWS provider leaves tags_all unknown for a resource without any
	// tags; with tags of its own, an unknown tags_all may hide default_tags
	// that the configuration does not show, which may hold the key.
	return "", false, !known && !own.Null()
}

// classificationLevel matches a tag value to a configured level (in any
// case); ok is false for values that are not a level.
func classificationLevel(s *linter.Settings, value string) (level string, reqs []linter.Requirement, ok bool) {
	level = strings.ToLower(strings.TrimSpace(value))
	reqs, ok = s.ClassificationLevels[level]
	return level, reqs, ok
}

// levelNames lists the configured levels, sorted, for messages.
func levelNames(s *linter.Settings) string {
	names := make([]string, 0, len(s.ClassificationLevels))
	for k := range s.ClassificationLevels {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
