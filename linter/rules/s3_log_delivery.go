package rules

import (
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/policy"
)

// elbLogDeliveryAccounts are the AWS accounts of Elastic Load Balancing that
// write access logs in the regions that predate the
// logdelivery.elasticloadbalancing.amazonaws.com service principal
// ("Enable access logs for your Application Load Balancer", step 2 of the
// bucket policy; what data "aws_elb_service_account" returns).
var elbLogDeliveryAccounts = map[string]bool{
	"127311923021": true, // us-east-1
	"033677994240": true, // us-east-2
	"027434742980": true, // us-west-1
	"797873946194": true, // us-west-2
	"098369216593": true, // af-south-1
	"754344448648": true, // ap-east-1
	"589379963580": true, // ap-southeast-3
	"718504428378": true, // ap-south-1
	"383597477331": true, // ap-northeast-3
	"600734575887": true, // ap-northeast-2
	"114774131450": true, // ap-southeast-1
	"783225319266": true, // ap-southeast-2
	"582318560864": true, // ap-northeast-1
	"985666609251": true, // ca-central-1
	"054676820928": true, // eu-central-1
	"156460612806": true, // eu-west-1
	"652711504416": true, // eu-west-2
	"635631232127": true, // eu-south-1
	"009996457667": true, // eu-west-3
	"897822967062": true, // eu-north-1
	"076674570225": true, // me-south-1
	"507241528517": true, // sa-east-1
	"048591011584": true, // us-gov-west-1
	"190560391635": true, // us-gov-east-1
}

// elbLogBuckets returns the buckets that receive Elastic Load Balancing
// access logs, which support only SSE-S3 on the bucket: named in the
// access_logs block of a load balancer of the plan, or granting
// s3:PutObject to Elastic Load Balancing's log delivery in their policy.
func (ix *s3Index) elbLogBuckets(p *plan.Plan) map[*s3Bucket]bool {
	out := map[*s3Bucket]bool{}
	for _, typ := range []string{"aws_lb", "aws_alb", "aws_elb"} {
		for _, r := range p.OfType(typ) {
			if len(r.Setting("access_logs").List()) == 0 {
				continue
			}
			for _, t := range p.Linked(r, "access_logs.0.bucket", []string{"aws_s3_bucket"}, "bucket", "id") {
				out[ix.byBucket[t]] = true
			}
		}
	}
	for _, b := range ix.buckets {
		for _, at := range b.policies() {
			if src := policy.FromAttribute(p, at.res, at.attr); src.Found() && grantsELBLogDelivery(src.Doc) {
				out[b] = true
			}
		}
	}
	return out
}

func grantsELBLogDelivery(d *policy.Document) bool {
	for _, s := range d.Statements {
		if s.Effect != policy.Allow || !s.AllowsAction("s3:PutObject") {
			continue
		}
		for _, pr := range s.Principals {
			if pr.Type == "Service" && pr.ID == "logdelivery.elasticloadbalancing.amazonaws.com" ||
				pr.Type == "AWS" && elbLogDeliveryAccounts[policy.AccountOf(pr.ID)] {
				return true
			}
		}
	}
	return false
}
