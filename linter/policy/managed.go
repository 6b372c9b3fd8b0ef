package policy

import (
	"embed"
	"path"
	"strings"
	"sync"
)

// managedFS holds the AWS managed policies that matter most when judging a
// principal's permissions: full administrator, power user, IAM, and the
// broad S3, EC2, CloudShell and Secrets Manager ones. Each file is the
// policy's default version as AWS publishes it. Other AWS managed policies
// are not analysed (their content is not in the plan).
//
//go:embed managed/*.json
var managedFS embed.FS

var (
	managedOnce sync.Once
	managedDocs map[string]*Document
)

// AWSManagedName returns the name of an AWS managed policy from its ARN
// (arn:aws:iam::aws:policy/PowerUserAccess, in any partition and path), or
// "" when the ARN is not one.
func AWSManagedName(arn string) string {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[4] != "aws" || !strings.HasPrefix(parts[5], "policy/") {
		return ""
	}
	return path.Base(parts[5])
}

// AWSManaged returns the document of an embedded AWS managed policy by name.
func AWSManaged(name string) (*Document, bool) {
	managedOnce.Do(func() {
		managedDocs = map[string]*Document{}
		entries, _ := managedFS.ReadDir("managed")
		for _, e := range entries {
			b, _ := managedFS.ReadFile("managed/" + e.Name())
			d, err := Parse(string(b))
			if err != nil {
				panic("policy: embedded " + e.Name() + ": " + err.Error())
			}
			managedDocs[strings.TrimSuffix(e.Name(), ".json")] = d
		}
	})
	d, ok := managedDocs[name]
	return d, ok
}
