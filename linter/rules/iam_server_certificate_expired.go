package rules

import (
	"crypto/x509"
	"encoding/pem"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter"
)

// IAMServerCertificateExpired implements Security Hub IAM.26 (CIS 1.19).
var IAMServerCertificateExpired = withDoc(&linter.Rule{
	ID:       "iam_server_certificate_expired",
	Title:    "SSL/TLS certificates stored in IAM have not expired",
	Severity: linter.SeverityMedium,
	Service:  "IAM",
	Area:     "identity_access_management",
	Controls: []string{"IAM.26"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-26",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html",
	},
	Check: checkServerCertificateExpired,
})

func checkServerCertificateExpired(pass *linter.Pass) {
	now := pass.Settings.Time()
	for _, r := range pass.Plan.OfType("aws_iam_server_certificate") {
		// A body known only after apply is not checked: it is almost always
		// a certificate generated in the same apply, which cannot have expired.
		body, ok := r.Get("certificate_body").Str()
		if !ok {
			continue
		}
		block, _ := pem.Decode([]byte(body))
		if block == nil || block.Type != "CERTIFICATE" {
			continue // the provider rejects it
		}
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil || !now.After(cert.NotAfter) {
			continue
		}
		pass.Report(r, "certificate_body", "Server certificate %s (subject %q) expired on %s: a load balancer or CloudFront distribution that still uses it fails TLS handshakes, and clients trained to click through certificate errors can be intercepted. Upload a current certificate (or move to AWS Certificate Manager, which renews it), switch its users over, and delete the expired one.",
			named(r, "name"), cert.Subject.CommonName, cert.NotAfter.UTC().Format(time.DateOnly))
	}
}
