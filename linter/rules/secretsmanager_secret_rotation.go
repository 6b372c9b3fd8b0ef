package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// SecretsManagerSecretRotation implements Security Hub SecretsManager.1.
var SecretsManagerSecretRotation = withDoc(&linter.Rule{
	ID:       "secretsmanager_secret_rotation",
	Title:    "Secrets Manager secrets rotate automatically",
	Severity: linter.SeverityMedium,
	Service:  "SecretsManager",
	Area:     "identity_access_management",
	Extra: map[string][]string{
		"securityhub":    {"SecretsManager.1"},
		"fsbp":           {"SecretsManager.1"},
		"nist_800_53_r5": {"AC-2(1)", "AC-3(15)"},
		"iso_27001_2022": {"A.5.17"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1",
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
	},
	Check: func(pass *linter.Pass) {
		p := pass.Plan
		rotated := map[*plan.Resource]bool{}
		for _, rot := range p.OfType("aws_secretsmanager_secret_rotation") {
			for _, s := range p.Linked(rot, "secret_id", []string{"aws_secretsmanager_secret"}, "arn", "id", "name") {
				rotated[s] = true
			}
		}
		for _, r := range p.OfType("aws_secretsmanager_secret") {
			// AWS provider 4 and older also rotated with inline arguments.
			if !rotated[r] && !r.Get("rotation_enabled").True() && r.Get("rotation_lambda_arn").Empty() {
				pass.Report(r, "", "Secret %s has no aws_secretsmanager_secret_rotation, so its value never changes: a leaked copy stays valid indefinitely. Add an aws_secretsmanager_secret_rotation with a rotation Lambda (or a managed rotation) and rotation_rules { automatically_after_days = 30 }.", r.Address)
			}
		}
	},
})
