package rules

import "github.com/srmguard/terraform-provider-srm/linter"

// GuardDutyProtectionFeatures implements Security Hub GuardDuty.5-13.
var GuardDutyProtectionFeatures = withDoc(&linter.Rule{
	ID:       "guardduty_protection_features",
	Title:    "GuardDuty protection plans are not disabled",
	Severity: linter.SeverityHigh,
	Service:  "GuardDuty",
	Area:     "logging_monitoring_config",
	Controls: []string{"GuardDuty.5", "GuardDuty.6", "GuardDuty.7", "GuardDuty.8", "GuardDuty.9", "GuardDuty.10", "GuardDuty.11", "GuardDuty.12", "GuardDuty.13"},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html",
		"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html",
	},
	Check: checkGuardDutyProtectionFeatures,
})

// guardDutyFeature is a protection plan (a detector feature or a runtime
// monitoring agent) and the control that asks for it.
type guardDutyFeature struct {
	control  string
	severity linter.Severity
	what     string
}

var guardDutyFeatures = map[string]guardDutyFeature{
	"EKS_AUDIT_LOGS":               {"GuardDuty.5", linter.SeverityHigh, "EKS Audit Log Monitoring"},
	"LAMBDA_NETWORK_LOGS":          {"GuardDuty.6", linter.SeverityHigh, "Lambda Protection"},
	"EKS_RUNTIME_MONITORING":       {"GuardDuty.7", linter.SeverityMedium, "EKS Runtime Monitoring"},
	"EKS_ADDON_MANAGEMENT":         {"GuardDuty.7", linter.SeverityMedium, "EKS Runtime Monitoring (agent management)"},
	"EBS_MALWARE_PROTECTION":       {"GuardDuty.8", linter.SeverityHigh, "Malware Protection for EC2"},
	"RDS_LOGIN_EVENTS":             {"GuardDuty.9", linter.SeverityHigh, "RDS Protection"},
	"S3_DATA_EVENTS":               {"GuardDuty.10", linter.SeverityHigh, "S3 Protection"},
	"RUNTIME_MONITORING":           {"GuardDuty.11", linter.SeverityHigh, "Runtime Monitoring"},
	"ECS_FARGATE_AGENT_MANAGEMENT": {"GuardDuty.12", linter.SeverityMedium, "ECS Runtime Monitoring (Fargate agent management)"},
	"EC2_AGENT_MANAGEMENT":         {"GuardDuty.13", linter.SeverityMedium, "EC2 Runtime Monitoring (agent management)"},
}

// legacyDataSources are the detector's deprecated datasources switches.
var legacyDataSources = []struct{ path, feature string }{
	{"datasources.0.s3_logs.0.enable", "S3_DATA_EVENTS"},
	{"datasources.0.kubernetes.0.audit_logs.0.enable", "EKS_AUDIT_LOGS"},
	{"datasources.0.malware_protection.0.scan_ec2_instance_with_findings.0.ebs_volumes.0.enable", "EBS_MALWARE_PROTECTION"},
}

// featureSwitches are the resources that turn protection plans on or off:
// a detector's own, and the delegated administrator's organization
// settings (what member accounts get).
var featureSwitches = []struct {
	typ, attr, off, on string
	does, where        string // "disables", "" / "does not turn on", " for ..."
}{
	{"aws_guardduty_detector_feature", "status", "DISABLED", "ENABLED", "disables", ""},
	{"aws_guardduty_organization_configuration_feature", "auto_enable", "NONE", "ALL", "does not turn on", " for the organization's member accounts"},
}

func checkGuardDutyProtectionFeatures(pass *linter.Pass) {
	for _, sw := range featureSwitches {
		for _, f := range pass.Plan.OfType(sw.typ) {
			name := f.Get("name").String()
			if ft, ok := guardDutyFeatures[name]; ok && f.Get(sw.attr).String() == sw.off {
				pass.ReportSeverity(ft.severity, f, sw.attr, "%s %s GuardDuty %s%s (%s %s = %s, %s), so %s. Set %s = %q.",
					f.Address, sw.does, ft.what, sw.where, name, sw.attr, sw.off, ft.control, featureImpact(name), sw.attr, sw.on)
			}
			// additional_configuration is a set: its order in the plan is not
			// the source's, so the finding points at the resource.
			for _, ac := range f.Get("additional_configuration").List() {
				acName := ac.Get("name").String()
				if ft, ok := guardDutyFeatures[acName]; ok && ac.Get(sw.attr).String() == sw.off {
					pass.ReportSeverity(ft.severity, f, "", "%s %s GuardDuty %s%s (additional_configuration %s %s = %s, %s), so GuardDuty deploys no security agent there and runtime threats (reverse shells, crypto-miners, privilege escalation in containers) go unseen. Set its %s = %q.",
						f.Address, sw.does, ft.what, sw.where, acName, sw.attr, sw.off, ft.control, sw.attr, sw.on)
				}
			}
		}
	}
	for _, d := range pass.Plan.OfType("aws_guardduty_detector") {
		for _, ds := range legacyDataSources {
			if v := d.Setting(ds.path); v.Known() && !v.True() {
				ft := guardDutyFeatures[ds.feature]
				pass.ReportSeverity(ft.severity, d, ds.path, "GuardDuty detector %s turns %s off (%s = false, %s), so %s. Remove the datasources block and manage the feature with aws_guardduty_detector_feature (name = %q, status = \"ENABLED\").",
					d.Address, ft.what, ds.path, ft.control, featureImpact(ds.feature), ds.feature)
			}
		}
	}
}

// featureImpact says what a disabled protection plan leaves unwatched.
func featureImpact(name string) string {
	switch name {
	case "S3_DATA_EVENTS":
		return "suspicious access to S3 objects (exfiltration, access from malicious IPs) goes undetected"
	case "EKS_AUDIT_LOGS":
		return "suspicious activity in EKS clusters' Kubernetes API goes undetected"
	case "EBS_MALWARE_PROTECTION":
		return "EC2 instances that show signs of compromise are not scanned for malware"
	case "RDS_LOGIN_EVENTS":
		return "brute-force and anomalous logins to Aurora and RDS databases go undetected"
	case "LAMBDA_NETWORK_LOGS":
		return "Lambda functions talking to malicious hosts (crypto-mining, command and control) go undetected"
	}
	return "runtime threats on hosts and containers (reverse shells, crypto-miners, privilege escalation) go undetected"
}
