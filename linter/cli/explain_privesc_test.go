package cli

import (
	"strings"
	"testing"
)

// TestExplainPrivesc: `srmlint explain` on the privilege-escalation rule
// lists every path with its actions and source.
func TestExplainPrivesc(t *testing.T) {
	code, stdout, _ := run(t, "", "explain", "iam_privilege_escalation")
	for _, want := range []string{
		"| RHINO-03 | Creating an EC2 instance with an existing instance profile | `iam:PassRole` + `ec2:RunInstances` | https://pathfinding.cloud/paths/ec2-001 |",
		"| RHINO-23 | Creating a CodeStar project from a template | `codestar:CreateProjectFromTemplate` | Rhino#23 |",
		"| CSPL-34 | PutRolePolicyThenUpdateAssumeRolePolicy | `iam:putrolepolicy` + `iam:updateassumerolepolicy` | https://pathfinding.cloud/paths/iam-021 |",
	} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("explain iam_privilege_escalation (exit %d) lacks %q", code, want)
		}
	}
}
