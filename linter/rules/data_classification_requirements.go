package rules

import (
	"fmt"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// DataClassificationRequirements reports data stores that lack the
// protection their classification level requires.
var DataClassificationRequirements = withDoc(&linter.Rule{
	ID:       "data_classification_requirements",
	Title:    "Classified data stores have the protection their level requires",
	Severity: linter.SeverityHigh,
	Service:  "S3",
	Area:     "data_classification_content",
	Extra:    map[string][]string{"nist_800_53_r5": {"RA-2", "SC-12", "SC-28", "AU-12", "CP-9"}, "iso_27001_2022": {"A.5.12", "A.8.24", "A.8.15", "A.8.13"}},
	Links: []string{
		"https://docs.aws.amazon.com/whitepapers/latest/data-classification/data-classification.html",
		"https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk",
	},
	Check: checkDataClassificationRequirements,
})

func checkDataClassificationRequirements(pass *linter.Pass) {
	key := pass.Settings.ClassificationTag
	ix := s3Buckets(pass.Plan)
	for _, r := range dataStores(pass.Plan) {
		value, set, unknown := classification(r, key)
		if !set || unknown {
			continue // data_classification_tag reports it
		}
		level, reqs, ok := classificationLevel(pass.Settings, value)
		if !ok {
			continue
		}
		c := classified{pass: pass, r: r, b: ix.byBucket[r], why: fmt.Sprintf("%s is classified %q (tag %s), which requires", r.Address, level, key)}
		for _, req := range reqs {
			switch req {
			case linter.RequireCustomerKey:
				c.customerKey()
			case linter.RequireAccessLogging:
				c.accessLogging()
			case linter.RequireVersioning:
				c.versioning()
			case linter.RequireDeletionProtection:
				c.deletionProtection()
			}
		}
	}
}

// classified checks the requirements of one classified data store.
type classified struct {
	pass *linter.Pass
	r    *plan.Resource
	b    *s3Bucket // for buckets
	why  string    // "<address> is classified "x" (tag K), which requires"
}

func (c classified) customerKey() {
	const want = "encryption with a customer managed KMS key"
	p, r := c.pass.Plan, c.r
	at := s3Attr{r, dataStoreKeys[r.Type]}
	fix := fmt.Sprintf("Set %s to a customer managed key, such as aws_kms_key.<name>.arn.", at.attr)
	var problem string
	switch {
	case c.b != nil:
		alg, key, unknown := c.b.encryption()
		switch {
		case unknown:
			c.pass.ReportUnknown(key.res, "", "%s %s, but its sse_algorithm is known only after apply.", c.why, want)
			return
		case alg != "aws:kms" && alg != "aws:kms:dsse":
			c.pass.Report(key.res, "", "%s %s, but it is encrypted with SSE-S3 (keys S3 owns), so access to the data cannot be limited, audited or revoked through a key policy. %s", c.why, want, sseKMSFix)
			return
		}
		at, fix = key, sseKMSFix
		problem = "sse_algorithm = \"" + alg + "\" without kms_master_key_id uses the AWS managed key aws/s3"
	case r.Type == "aws_dynamodb_table" && !blockSetting(r, "server_side_encryption.0.enabled").True():
		c.pass.Report(r, "server_side_encryption", "%s %s, but it is encrypted with an AWS owned key, which no key policy or CloudTrail log of yours covers. Add server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.<name>.arn }.", c.why, want)
		return
	case r.Type == "aws_dynamodb_table":
		problem = "server_side_encryption without kms_key_arn uses the AWS managed key aws/dynamodb"
	default:
		problem = "it has no " + at.attr + ", so it is encrypted (if at all) with a key AWS manages"
	}
	switch kind, what := kmsKeyOf(p, at.res, at.attr); kind {
	case keyUnknown:
		c.pass.ReportUnknown(at.res, at.attr, "%s %s, but %s.", c.why, want, what)
	case keyAWS:
		c.pass.Report(at.res, at.attr, "%s %s, but %s, whose policy you cannot change: access to the data cannot be limited or revoked through the key. %s", c.why, want, what, fix)
	case keyNone:
		c.pass.Report(at.res, at.attr, "%s %s, but %s, whose policy you cannot change: access to the data cannot be limited or revoked through the key. %s", c.why, want, problem, fix)
	case keyCustomer:
		if r.Type != "aws_dynamodb_table" {
			return
		}
		// a global table's replica without a key of its own uses aws/dynamodb
		for _, rk := range replicaKeys(p, r, "kms_key_arn", "region_name") {
			switch rk.kind {
			case keyUnknown:
				c.pass.ReportUnknown(r, "", "%s %s, but for its replica in %s %s.", c.why, want, rk.region, rk.what)
			case keyNone, keyAWS:
				c.pass.Report(r, "", "%s %s, but its replica in %s sets no customer managed kms_key_arn and uses the AWS managed key aws/dynamodb there, whose policy you cannot change. Set kms_key_arn in the replica block to a customer managed key in that region.", c.why, want, rk.region)
			}
		}
	}
}

func (c classified) accessLogging() {
	if c.b == nil {
		return // only buckets have access logging of their own
	}
	switch on, unknown := c.b.logged(); {
	case unknown:
		c.pass.ReportUnknown(c.r, "logging", "%s server access logging, but its inline logging block is known only after apply.", c.why)
	case !on:
		c.pass.Report(c.r, "", "%s server access logging, but the bucket has none, so reads and writes of its data leave no record. Add an aws_s3_bucket_logging resource that sends its access logs to a dedicated log bucket.", c.why)
	}
}

func (c classified) versioning() {
	if c.b == nil {
		return
	}
	status, at, unknown := c.b.versioning()
	switch {
	case unknown:
		c.pass.ReportUnknown(at.res, at.attr, "%s versioning, but %s is known only after apply.", c.why, at)
	case status != "Enabled":
		c.pass.Report(at.res, at.attr, "%s versioning, but the bucket is not versioned, so an overwrite or delete destroys the only copy of an object. %s", c.why, versioningFix)
	}
}

func (c classified) deletionProtection() {
	attr := map[string]string{
		"aws_db_instance":    "deletion_protection",
		"aws_rds_cluster":    "deletion_protection",
		"aws_dynamodb_table": "deletion_protection_enabled",
	}[c.r.Type]
	if attr == "" {
		return
	}
	switch v := c.r.Setting(attr); {
	case v.Unknown():
		c.pass.ReportUnknown(c.r, attr, "%s deletion protection, but %s is known only after apply.", c.why, attr)
	case !v.True():
		c.pass.Report(c.r, attr, "%s deletion protection, but %s is not true, so one mistaken destroy or API call deletes the data. Set %s = true.", c.why, attr, attr)
	}
}
