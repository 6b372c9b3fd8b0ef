package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// VPCFlowLogs implements Security Hub EC2.6.
var VPCFlowLogs = withDoc(&linter.Rule{
	ID:       "vpc_flow_logs",
	Title:    "VPCs have flow logs that record rejected traffic",
	Severity: linter.SeverityMedium,
	Service:  "VPC",
	Area:     "logging_monitoring_config",
	Extra: map[string][]string{
		"securityhub":    {"EC2.6"},
		"fsbp":           {"EC2.6"},
		"cis_v1.4.0":     {"3.9"},
		"cis_v3.0.0":     {"3.7"},
		"nist_800_53_r5": {"AC-4(26)", "AU-12", "AU-2", "AU-3", "AU-6(3)", "AU-6(4)", "CA-7", "SI-7(8)"},
		"iso_27001_2022": {"A.8.15", "A.8.16"},
	},
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6",
		"https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
	},
	Check: checkVPCFlowLogs,
})

func checkVPCFlowLogs(pass *linter.Pass) {
	p := pass.Plan
	covered := map[*plan.Resource]string{} // VPC -> traffic type of its best flow log
	var undecided *plan.Resource           // a VPC flow log whose VPC cannot be told
	for _, fl := range p.OfType("aws_flow_log") {
		tt := stringOr(fl, "traffic_type", "")
		vpcs := p.Linked(fl, "vpc_id", []string{"aws_vpc", "aws_default_vpc"}, "id")
		for _, v := range vpcs {
			if covered[v] != "ALL" && covered[v] != "REJECT" {
				covered[v] = tt
			}
		}
		if len(vpcs) == 0 && fl.Get("vpc_id").Unknown() && undecided == nil {
			undecided = fl
		}
	}
	for _, typ := range []string{"aws_vpc", "aws_default_vpc"} {
		for _, v := range p.OfType(typ) {
			switch tt := covered[v]; {
			case tt == "ALL" || tt == "REJECT":
			case tt == "" && undecided != nil:
				pass.ReportUnknown(v, "", "Whether VPC %s has a flow log cannot be decided: the vpc_id of %s is known only after apply and its reference could not be followed (through a local value, with no .tf source to read it from?). Point srmlint at the configuration with --source, or reference the VPC directly (vpc_id = %s.%s.id).", v.Address, undecided.Address, v.Type, v.Name)
			case tt != "":
				pass.Report(v, "", "VPC %s has flow logs for %s traffic only, so rejected connections (port scans, blocked exfiltration attempts) leave no record. Set traffic_type = \"ALL\" or \"REJECT\" on its aws_flow_log.", v.Address, tt)
			case v.Creates():
				pass.Report(v, "", "VPC %s has no flow log, so there is no record of which addresses connected to what, or of rejected connections, for an incident investigation. Add an aws_flow_log with vpc_id = %s.%s.id and traffic_type = \"ALL\" (or \"REJECT\").", v.Address, v.Type, v.Name)
			default:
				pass.ReportSeverity(linter.SeverityLow, v, "", "Existing VPC %s has no aws_flow_log in this plan, so whether its traffic is logged cannot be verified here. Manage its flow log with an aws_flow_log (traffic_type = \"ALL\" or \"REJECT\") next to the VPC.", v.Address)
			}
		}
	}
}
