package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// s3AndKMSPolicies are the resource policies the S3 and KMS rules check.
var s3AndKMSPolicies = []string{
	"aws_s3_bucket", "aws_s3_bucket_policy", "aws_s3_access_point", "aws_s3control_access_point_policy", "aws_kms_key", "aws_kms_key_policy",
}

// PolicyPublicPrincipal reports resource policies (queues, topics, secrets,
// repositories, vaults, file systems, APIs, domains, log destinations) and
// Lambda permissions open to everyone. Bucket and access point policies
// are checked by the S3 rules, key policies by the KMS rules.
var PolicyPublicPrincipal = withDoc(&linter.Rule{
	ID:       policy.CheckPublic,
	Title:    "Resource policies do not grant access to everyone",
	Severity: linter.SeverityCritical,
	Service:  "IAM",
	Area:     "identity_access_management",
	Extra: map[string][]string{
		"securityhub":    {"Lambda.1", "SNS.4", "SQS.3"},
		"nist_800_53_r5": {"AC-3", "AC-21", "SC-7"},
		"iso_27001_2022": {"A.5.15", "A.8.3"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1",
		"https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-4",
		"https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-3",
	},
	Check: func(pass *linter.Pass) {
		checkResourcePolicies(policy.PublicPrincipal, s3AndKMSPolicies)(pass)
		reportUnreadable(pass, policy.ResourcePolicy, s3AndKMSPolicies, "whether it grants access to everyone")
		for _, r := range pass.Plan.OfType("aws_lambda_permission") {
			principal := r.Get("principal")
			restricted := lambdaSourceNamed(r, "source_arn", "source_account", "principal_org_id")
			switch {
			case principal.Unknown():
				pass.ReportUnknown(r, "principal", "Whether %s opens the function to everyone cannot be decided: principal is known only after apply. Use a literal principal.", r.Address)
			case principal.String() == "*" && !restricted:
				pass.Report(r, "principal", `%s lets principal "*" call %s without a source_arn, source_account or principal_org_id that names the caller: anyone, in any AWS account or none, can invoke the function (Security Hub Lambda.1). Name the calling account or service, and set source_arn or source_account.`,
					r.Address, r.Get("action").String())
			}
		}
	},
})
