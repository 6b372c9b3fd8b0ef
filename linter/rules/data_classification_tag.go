package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// DataClassificationTag reports data stores without a valid classification
// tag.
var DataClassificationTag = withDoc(&linter.Rule{
	ID:       "data_classification_tag",
	Title:    "Data stores carry a data classification tag with a known level",
	Severity: linter.SeverityLow,
	Service:  "S3",
	Area:     "data_classification_content",
	Extra:    map[string][]string{"nist_800_53_r5": {"RA-2", "MP-3"}, "iso_27001_2022": {"A.5.12", "A.5.13"}},
	Links: []string{
		"https://docs.aws.amazon.com/whitepapers/latest/data-classification/data-classification.html",
		"https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html",
	},
	Check: func(pass *linter.Pass) {
		key := pass.Settings.ClassificationTag
		for _, r := range dataStores(pass.Plan) {
			value, set, unknown := classification(r, key)
			switch {
			case unknown:
				pass.ReportUnknown(r, "tags", "The classification of %s cannot be read: its %s tag is known only after apply, so the protection its data needs cannot be checked. Use a literal tag value.", r.Address, key)
			case !set:
				pass.Report(r, "", "%s has no %s tag, so nobody can tell how sensitive its data is, and srmlint cannot check the protection that level requires. Add tags = { %s = \"<level>\" } with one of: %s (or set it for all resources with the provider's default_tags).", r.Address, key, key, levelNames(pass.Settings))
			default:
				if _, _, ok := classificationLevel(pass.Settings, value); !ok {
					pass.Report(r, "tags", "%s has %s = %q, which is not a classification level (%s), so the protection its data needs cannot be checked. Use one of the levels.", r.Address, key, value, levelNames(pass.Settings))
				}
			}
		}
	},
})
