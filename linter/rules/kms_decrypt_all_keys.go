package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// KMSDecryptAllKeys implements Security Hub KMS.1 (customer managed
// policies) and KMS.2 (inline policies).
var KMSDecryptAllKeys = withDoc(&linter.Rule{
	ID:       policy.CheckKMSDecrypt,
	Title:    "IAM policies do not allow decryption with all KMS keys",
	Severity: linter.SeverityMedium,
	Service:  "KMS",
	Area:     "identity_access_management",
	Controls: []string{"KMS.1", "KMS.2"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1",
		"https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2",
	},
	Check: checkDocuments(policy.KMSDecryptAll),
})
